#include "util/synthetic_corpus.h"

#include <cstdio>
#include <random>
#include <vector>

#include "io/json_builder.h"

namespace casus {
namespace {

const std::vector<std::string> kPlaces = {"Mosul", "Kirkuk", "Aleppo", "Sanaa", "Gao",
                                          "Mogadishu", "Kandahar", "Misrata", "Goma", "Tal Afar"};
const std::vector<std::string> kActors = {
    "the Nahrain Brigades", "government forces", "the army", "an armed faction",
    "the U.S.-led coalition", "local militias", "the interior ministry", "police"};
const std::vector<std::string> kPeople = {"Col. Samir al-Hashemi", "Lt. Gen. Aisha Rahman",
                                          "Dr. Omar Haddad", "Maj. Lina Saleh",
                                          "Prof. Karim Nouri", "Gov. Hassan Barzani"};
const std::vector<std::string> kVerbs = {"attacked", "shelled", "raided", "besieged",
                                         "struck", "ambushed"};
const std::vector<std::string> kOutlets = {"Tigris Wire", "Sahel Bulletin", "Levant Ledger",
                                           "Gulf Courier", "Horn Observer"};
const std::vector<std::string> kWeekdays = {"Monday", "Tuesday", "Wednesday", "Thursday",
                                            "Friday", "Saturday", "Sunday"};

template <class R>
const std::string& pick(R& rng, const std::vector<std::string>& v) {
  return v[rng() % v.size()];
}

}  // namespace

SyntheticArticle synthetic_article(uint64_t index, uint64_t seed) {
  std::mt19937_64 rng(seed * 1000003u + index);
  SyntheticArticle a;
  char buf[64];
  std::snprintf(buf, sizeof buf, "syn-%08llu", static_cast<unsigned long long>(index));
  a.id = buf;
  std::snprintf(buf, sizeof buf, "20%02d-%02d-%02d", 20 + static_cast<int>(rng() % 6),
                1 + static_cast<int>(rng() % 12), 1 + static_cast<int>(rng() % 28));
  a.published = buf;
  a.outlet = pick(rng, kOutlets);
  const std::string& place = pick(rng, kPlaces);
  const std::string& actor = pick(rng, kActors);
  const std::string& verb = pick(rng, kVerbs);
  int killed = 1 + static_cast<int>(rng() % 40), wounded = static_cast<int>(rng() % 90);
  a.title = "Fighting near " + place + " leaves " + std::to_string(killed) + " dead";
  std::string& t = a.text;
  t += "News / World / Middle East\n\n" + a.title + "\n\n";
  t += "Residents inspect damaged buildings in " + place + ". (Photo by AFP)\n\n";
  int paragraphs = 4 + static_cast<int>(rng() % 6);
  for (int p = 0; p < paragraphs; ++p) {
    const std::string& who = pick(rng, kPeople);
    switch (rng() % 4) {
      case 0:
        t += "On " + pick(rng, kWeekdays) + ", " + actor + " " + verb + " positions near " +
             place + ", killing " + std::to_string(killed) + " people and wounding " +
             std::to_string(wounded) + ", according to local officials. The U.S. embassy said "
             "it was following the reports at 5 p.m. local time.";
        break;
      case 1:
        t += "\u201cWe will not accept attacks on civilians in " + place +
             ",\u201d " + who + " said in a statement, adding that an investigation had begun.";
        break;
      case 2:
        t += who + " told reporters that " + actor + " had moved more than " +
             std::to_string(10 * (1 + rng() % 50)) + " fighters into the area since Jan. " +
             std::to_string(1 + rng() % 28) + ". He warned that the situation could worsen.";
        break;
      default:
        t += "The U.N. said about " + std::to_string(100 * (1 + rng() % 90)) +
             " families had fled to nearby villages. Aid groups called for a ceasefire.";
    }
    t += "\n\n";
  }
  t += "Back to top button\n";
  return a;
}

std::string synthetic_jsonl(uint64_t index, uint64_t seed) {
  return synthetic_jsonl(synthetic_article(index, seed));
}

std::string synthetic_jsonl(const SyntheticArticle& a) {
  std::string out;
  io::JsonBuilder(out)
      .begin_object()
      .field("id", a.id)
      .field("title", a.title)
      .field("published", a.published)
      .field("outlet", a.outlet)
      .field("text", a.text)
      .end_object();
  return out;
}

}  // namespace casus
