// The statistical entity tagger alone on WikiGold (exact typed spans, the type mapping of
// shared/eval/ner.py), with its speed and load time. The texts are tokens joined by single
// spaces and sentences by newlines, so the tokens are the whitespace-separated pieces; offsets
// are in code points, as in the gold. No dictionary features: this is the tagger by itself.
//
//   ner_tagger_bench [MODEL] [WIKIGOLD.jsonl]
#include <simdjson.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "nlp/entity_tagger.h"

namespace {

double now() {
  return std::chrono::duration<double>(std::chrono::steady_clock::now().time_since_epoch()).count();
}
double cpu_now() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return double(ts.tv_sec) + double(ts.tv_nsec) * 1e-9;
}

struct Token {
  std::string_view text;
  long start, end;  // code points
};
struct Sentence {
  std::vector<Token> tokens;
};
struct Gold {
  long start, end;
  std::string type;
};
struct Doc {
  std::string text;
  std::vector<Sentence> sents;
  std::vector<Gold> gold;
};

// Contract type -> gold (CoNLL) type, as ner.py's BACK; PLACE is reported as GPE.
std::string back(const std::string& t) {
  if (t == "PERSON") return "PER";
  if (t == "ORG") return "ORG";
  if (t == "GPE" || t == "LOC" || t == "FAC" || t == "PLACE") return "LOC";
  if (t == "NORP" || t == "WEAPON" || t == "MISC") return "MISC";
  return "(other)";
}

}  // namespace

int main(int argc, char** argv) {
  std::string model = argc > 1 ? argv[1] : std::string(CASUS_SOURCE_DATA_DIR) + "/models/ner.model";
  std::string data = argc > 2 ? argv[2]
                              : std::string(CASUS_SOURCE_DATA_DIR) +
                                    "/../../shared/eval/data/ner/wikigold.jsonl";
  try {
    double t0 = now();
    auto tagger = casus::nlp::EntityTagger::load(model);
    double load = now() - t0;

    std::vector<Doc> docs;
    simdjson::ondemand::parser parser;
    simdjson::padded_string file = simdjson::padded_string::load(data);
    simdjson::ondemand::document_stream stream = parser.iterate_many(file);
    for (auto d : stream) {
      Doc doc;
      doc.text = std::string(std::string_view(d["text"]));
      for (auto g : d["gold"].get_array()) {
        Gold x;
        x.start = int64_t(g["start"]);
        x.end = int64_t(g["end"]);
        x.type = std::string(std::string_view(g["type"]));
        doc.gold.push_back(x);
      }
      docs.push_back(std::move(doc));
    }
    size_t ntokens = 0;
    for (Doc& doc : docs) {
      std::string_view t = doc.text;
      Sentence cur;
      long cp = 0;
      size_t i = 0;
      while (i <= t.size()) {
        if (i == t.size() || t[i] == '\n') {
          if (!cur.tokens.empty()) doc.sents.push_back(std::move(cur));
          cur = Sentence{};
          if (i == t.size()) break;
          ++i, ++cp;
          continue;
        }
        if (t[i] == ' ') {
          ++i, ++cp;
          continue;
        }
        size_t j = i;
        long cps = cp;
        while (j < t.size() && t[j] != ' ' && t[j] != '\n') {
          if ((static_cast<unsigned char>(t[j]) & 0xC0) != 0x80) ++cp;
          ++j;
        }
        cur.tokens.push_back({t.substr(i, j - i), cps, cp});
        ++ntokens;
        i = j;
      }
    }

    // Tag (timed), then score.
    std::vector<std::vector<std::vector<casus::nlp::NamedSpan>>> out(docs.size());
    std::vector<std::string_view> words;
    double c0 = cpu_now();
    for (size_t d = 0; d < docs.size(); ++d)
      for (const Sentence& s : docs[d].sents) {
        words.clear();
        for (const Token& tk : s.tokens) words.push_back(tk.text);
        out[d].push_back(tagger->tag(words));
      }
    double secs = cpu_now() - c0;

    std::map<std::string, size_t> n_gold, n_pred, tp_type;
    size_t tp = 0, tpu = 0, ng = 0, np = 0;
    for (size_t d = 0; d < docs.size(); ++d) {
      const Doc& doc = docs[d];
      std::set<size_t> used;
      for (const Gold& g : doc.gold) n_gold[g.type]++;
      ng += doc.gold.size();
      for (size_t si = 0; si < doc.sents.size(); ++si)
        for (const auto& sp : out[d][si]) {
          long st = doc.sents[si].tokens[sp.token_begin].start;
          long en = doc.sents[si].tokens[sp.token_end - 1].end;
          std::string type = sp.type == "PLACE" ? "GPE" : sp.type;
          std::string home = back(type);
          ++np;
          long hit_any = -1, hit_typed = -1;
          for (size_t gi = 0; gi < doc.gold.size(); ++gi) {
            const Gold& g = doc.gold[gi];
            if (g.start != st || g.end != en || used.count(gi)) continue;
            if (hit_any < 0) hit_any = long(gi);
            if (hit_typed < 0 && back(type) == g.type) hit_typed = long(gi);
          }
          if (hit_typed >= 0) {
            used.insert(size_t(hit_typed));
            ++tp, ++tpu;
            tp_type[doc.gold[size_t(hit_typed)].type]++;
            home = doc.gold[size_t(hit_typed)].type;
          } else if (hit_any >= 0) {
            used.insert(size_t(hit_any));
            ++tpu;
          }
          n_pred[home]++;
        }
    }
    auto prf = [](size_t t, size_t p, size_t g) {
      double P = p ? double(t) / double(p) : 0, R = g ? double(t) / double(g) : 0;
      return std::make_tuple(P, R, P + R > 0 ? 2 * P * R / (P + R) : 0.0);
    };
    std::printf("model load: %.3f s\n", load);
    std::printf("input: %zu documents, %zu tokens; tagging %.3f s CPU, %.0f tokens/s\n",
                docs.size(), ntokens, secs, double(ntokens) / secs);
    for (auto& [t, n] : n_gold) {
      auto [P, R, F] = prf(tp_type[t], n_pred[t], n);
      std::printf("  %-5s gold %5zu pred %5zu  P %.3f R %.3f F1 %.3f\n", t.c_str(), n, n_pred[t], P,
                  R, F);
    }
    auto [uP, uR, uF] = prf(tpu, np, ng);
    std::printf("untyped P %.3f R %.3f F1 %.3f\n", uP, uR, uF);
    auto [P, R, F] = prf(tp, np, ng);
    std::printf("typed   P %.3f R %.3f F1 %.3f  (gold %zu, predicted %zu)\n", P, R, F, ng, np);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "ner_tagger_bench: %s\n", e.what());
    return 1;
  }
  return 0;
}
