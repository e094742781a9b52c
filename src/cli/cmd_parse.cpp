// `casus parse [--model DIR] IN.conllu`: tags, lemmatises and parses CoNLL-U with its own
// (gold) tokenisation and writes CoNLL-U to stdout with LEMMA, UPOS, XPOS, HEAD and DEPREL
// predicted; FEATS and DEPS become "_", everything else is copied.
#include <cstdio>
#include <string>

#include "cli/command.h"
#include "cli/options.h"
#include "nlp/conllu.h"
#include "nlp/pipeline.h"
#include "pipeline/pipeline.h"

namespace casus::cli {
namespace {

int run_parse(const std::vector<std::string>& args) {
  std::string model_dir;
  Options opts("casus parse [--model DIR] IN.conllu",
               "Predicts lemma, part of speech and dependency tree for every word of a CoNLL-U\n"
               "file (its tokenisation is kept) and writes CoNLL-U to stdout.");
  opts.value("model", "m", &model_dir, "DIR", "model directory (<data dir>/models)");
  std::vector<std::string> pos;
  if (!opts.parse(args, &pos)) return kExitOk;
  if (pos.size() != 1) throw UsageError{"expected one CoNLL-U file"};
  if (model_dir.empty()) model_dir = data_dir() + "/models";
  auto pipeline = nlp::Pipeline::load(model_dir);
  std::string in_path = pos[0] == "-" ? "/dev/stdin" : pos[0];
  auto sentences = nlp::read_conllu(in_path);

  std::string out;
  out.reserve(1 << 20);
  nlp::Analysis a;
  std::vector<std::string_view> forms;
  for (const auto& s : sentences) {
    forms.clear();
    for (const auto& w : s.words) forms.push_back(w.form);
    pipeline->run(forms, a);
    size_t next_word = 0;
    for (size_t li = 0; li < s.lines.size(); ++li) {
      const std::string& line = s.lines[li];
      if (next_word < s.word_line.size() && s.word_line[next_word] == int(li)) {
        size_t i = next_word++;
        // Columns: ID FORM LEMMA UPOS XPOS FEATS HEAD DEPREL DEPS MISC.
        size_t t1 = line.find('\t');
        size_t t2 = line.find('\t', t1 + 1);
        size_t t9 = line.rfind('\t');
        out.append(line, 0, t2 + 1);
        out += a.lemma[i].empty() ? "_" : a.lemma[i];
        out += '\t';
        out += a.upos[i];
        out += '\t';
        out += a.xpos[i];
        out += "\t_\t";
        out += std::to_string(a.head[i] + 1);
        out += '\t';
        out += a.deprel[i];
        out += "\t_";
        out.append(line, t9);
      } else {
        out += line;
      }
      out += '\n';
    }
    out += '\n';
    if (out.size() > (1 << 20)) {
      std::fwrite(out.data(), 1, out.size(), stdout);
      out.clear();
    }
  }
  std::fwrite(out.data(), 1, out.size(), stdout);
  return std::fflush(stdout) == 0 ? kExitOk : kExitFailure;
}

const Registrar registrar({"parse", "tag, lemmatise and parse CoNLL-U (gold tokens)", run_parse});

}  // namespace
}  // namespace casus::cli
