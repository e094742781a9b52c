// casus events|stories|quotes|disputes|export: read the cross-document view `casus ingest`
// keeps in the store (link_records), filter it, print a table, JSONL, CSV, GeoJSON or GraphML.
#include <simdjson.h>
#include <sqlite3.h>

#include <cstdio>
#include <filesystem>
#include <map>

#include "cli/command.h"
#include "cli/options.h"
#include "io/json_builder.h"
#include "link/linker.h"
#include "store/sqlite_util.h"
#include "store/store.h"

namespace casus::cli {
namespace {

struct Row {
  std::string kind, id, type, date_first, date_last, actors, location, outlets, data;
  double lat = 0, lon = 0;
  bool has_coords = false;
};

struct Filters {
  std::string actor, type, from, to, near, outlet;
  std::string radius = "50";
  int limit = 0;

  void add_to(Options& opts) {
    opts.value("actor", "", &actor, "TEXT", "actor, recipient or speaker contains TEXT")
        .value("type", "", &type, "TYPE", "event type (ASSAULT...) or dispute category (killed...)")
        .value("from", "", &from, "YYYY-MM-DD", "on or after this day")
        .value("to", "", &to, "YYYY-MM-DD", "on or before this day")
        .value("near", "", &near, "LAT,LON", "within --radius km of this point")
        .value("radius", "", &radius, "KM", "radius for --near (default 50)")
        .value("outlet", "", &outlet, "TEXT", "reported by an outlet whose name contains TEXT")
        .integer("limit", "", &limit, "N", "at most N records");
  }
};

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

std::vector<Row> select(const std::string& db_path, const std::vector<std::string>& kinds, const Filters& f) {
  if (!std::filesystem::exists(db_path)) throw std::runtime_error("no database at " + db_path);
  store::Store db(db_path);
  double near_lat = 0, near_lon = 0, radius = 0;
  if (!f.near.empty() && std::sscanf(f.near.c_str(), "%lf,%lf", &near_lat, &near_lon) != 2)
    throw UsageError{"--near needs LAT,LON, got '" + f.near + "'"};
  if (std::sscanf(f.radius.c_str(), "%lf", &radius) != 1 || radius <= 0)
    throw UsageError{"--radius needs a positive number of km"};
  std::string sql =
      "SELECT kind, id, type, date_first, date_last, actors, location, outlets, lat, lon, data"
      " FROM link_records WHERE kind IN (";
  for (size_t i = 0; i < kinds.size(); ++i) sql += i ? ",?" : "?";
  sql += ")";
  // Date filters keep every record whose days overlap [from, to].
  if (!f.type.empty()) sql += " AND type = ? COLLATE NOCASE";
  if (!f.from.empty()) sql += " AND date_last >= ?";
  if (!f.to.empty()) sql += " AND date_first <= ?";
  if (!f.actor.empty()) sql += " AND lower(actors) LIKE ?";
  if (!f.outlet.empty()) sql += " AND lower(outlets) LIKE ?";
  sql += " ORDER BY rowid";
  sqlite3_stmt* st = nullptr;
  store::check(db.handle(), sqlite3_prepare_v2(db.handle(), sql.c_str(), -1, &st, nullptr), SQLITE_OK);
  int i = 1;
  auto bind = [&](const std::string& v) { sqlite3_bind_text(st, i++, v.c_str(), -1, SQLITE_TRANSIENT); };
  for (const auto& k : kinds) bind(k);
  if (!f.type.empty()) bind(f.type);
  if (!f.from.empty()) bind(f.from);
  if (!f.to.empty()) bind(f.to);
  if (!f.actor.empty()) bind("%" + lower(f.actor) + "%");
  if (!f.outlet.empty()) bind("%" + lower(f.outlet) + "%");
  std::vector<Row> rows;
  auto text = [&](int c) { return store::column_text(st, c); };
  while (sqlite3_step(st) == SQLITE_ROW) {
    Row r{text(0), text(1), text(2), text(3), text(4), text(5), text(6), text(7), text(10)};
    r.has_coords = sqlite3_column_type(st, 8) != SQLITE_NULL;
    r.lat = sqlite3_column_double(st, 8);
    r.lon = sqlite3_column_double(st, 9);
    if (!f.near.empty() && (!r.has_coords || link::distance_km(near_lat, near_lon, r.lat, r.lon) > radius))
      continue;
    rows.push_back(std::move(r));
    if (f.limit > 0 && int(rows.size()) >= f.limit) break;
  }
  sqlite3_finalize(st);
  return rows;
}

// CSV field, quoted when needed (RFC 4180).
std::string csv(std::string_view s) {
  if (s.find_first_of(",\"\n\r") == std::string_view::npos) return std::string(s);
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string xml(std::string_view s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string str(simdjson::dom::element e, const char* key) {
  std::string_view v;
  return e[key].get(v) == simdjson::SUCCESS ? std::string(v) : std::string();
}
std::string number(simdjson::dom::element e) {
  double d;
  int64_t i;
  if (e.get(i) == simdjson::SUCCESS) return std::to_string(i);
  if (e.get(d) != simdjson::SUCCESS) return {};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", d);
  return buf;
}
std::string joined_outlets(simdjson::dom::element e) {
  std::string out;
  simdjson::dom::array a;
  if (e["outlets"].get(a) == simdjson::SUCCESS)
    for (auto o : a) out += (out.empty() ? "" : "; ") + std::string(o.get_string().value_unsafe());
  return out;
}

// Events in ACLED's column names, so analysis scripts written for ACLED load them. The
// fatalities column is the conservative killed figure; empty when no source gives one.
void write_acled_csv(const std::vector<Row>& rows) {
  std::printf("event_id,event_date,event_type,sub_event_type,actor1,actor2,location,latitude,"
              "longitude,source,notes,fatalities,articles\n");
  simdjson::dom::parser parser;
  for (const Row& r : rows) {
    if (r.kind != "event") continue;
    simdjson::dom::element e = parser.parse(r.data).value();
    std::string date, fatalities;
    simdjson::dom::element d;
    if (e["date"].get(d) == simdjson::SUCCESS && d.is_object()) date = str(d, "value");
    if (e["figures"]["killed"]["conservative"].get(d) == simdjson::SUCCESS) fatalities = number(d);
    std::string cells[] = {r.id, date, r.type, str(e, "mode"), str(e, "actor"), str(e, "recipient"),
                           r.location, r.has_coords ? number(e["lat"].value_unsafe()) : "",
                           r.has_coords ? number(e["lon"].value_unsafe()) : "", joined_outlets(e),
                           str(e, "notes"), fatalities, number(e["articles"].value_unsafe())};
    std::string line;
    for (const auto& c : cells) {
      if (!line.empty()) line += ',';
      line += csv(c);
    }
    std::printf("%s\n", line.c_str());
  }
}

void write_generic_csv(const std::vector<Row>& rows) {
  std::printf("kind,id,type,date_first,date_last,actors,location,latitude,longitude,outlets\n");
  for (const Row& r : rows) {
    std::string lat, lon;
    if (r.has_coords) lat = std::to_string(r.lat), lon = std::to_string(r.lon);
    std::printf("%s,%s,%s,%s,%s,%s,%s,%s,%s,%s\n", csv(r.kind).c_str(), csv(r.id).c_str(),
                csv(r.type).c_str(), r.date_first.c_str(), r.date_last.c_str(), csv(r.actors).c_str(),
                csv(r.location).c_str(), lat.c_str(), lon.c_str(), csv(r.outlets).c_str());
  }
}

void write_geojson(const std::vector<Row>& rows) {
  std::string out;
  io::JsonBuilder w(out);
  w.begin_object().field("type", "FeatureCollection").key("features").begin_array();
  for (const Row& r : rows) {
    if (!r.has_coords) continue;
    w.begin_object().field("type", "Feature").key("geometry").begin_object().field("type", "Point");
    w.key("coordinates").begin_array().number(r.lon).number(r.lat).end_array().end_object();
    w.key("properties").begin_object().field("kind", r.kind).field("id", r.id)
        .field_or_null("type", r.type).field_or_null("date_first", r.date_first)
        .field_or_null("date_last", r.date_last).field_or_null("actors", r.actors)
        .field_or_null("location", r.location).key("record").raw(r.data).end_object();
    w.end_object();
  }
  w.end_array().end_object();
  std::printf("%s\n", out.c_str());
}

// Who did what to whom: actors are nodes, each event with an actor and a recipient an edge.
void write_graphml(const std::vector<Row>& rows) {
  simdjson::dom::parser parser;
  std::map<std::string, int> nodes;
  std::string edges;
  for (const Row& r : rows) {
    if (r.kind != "event") continue;
    simdjson::dom::element e = parser.parse(r.data).value();
    std::string from = str(e, "actor"), to = str(e, "recipient");
    if (from.empty() || to.empty()) continue;
    for (const auto& n : {from, to}) nodes.emplace(n, static_cast<int>(nodes.size()));
    std::string date;
    simdjson::dom::element d;
    if (e["date"].get(d) == simdjson::SUCCESS && d.is_object()) date = str(d, "value");
    edges += "    <edge id=\"" + xml(r.id) + "\" source=\"n" + std::to_string(nodes[from]) +
             "\" target=\"n" + std::to_string(nodes[to]) + "\"><data key=\"type\">" + xml(r.type) +
             "</data><data key=\"date\">" + xml(date) + "</data><data key=\"articles\">" +
             number(e["articles"].value_unsafe()) + "</data></edge>\n";
  }
  std::printf("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
              "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
              "  <key id=\"name\" for=\"node\" attr.name=\"name\" attr.type=\"string\"/>\n"
              "  <key id=\"type\" for=\"edge\" attr.name=\"type\" attr.type=\"string\"/>\n"
              "  <key id=\"date\" for=\"edge\" attr.name=\"date\" attr.type=\"string\"/>\n"
              "  <key id=\"articles\" for=\"edge\" attr.name=\"articles\" attr.type=\"int\"/>\n"
              "  <graph id=\"events\" edgedefault=\"directed\">\n");
  std::vector<const std::string*> by_index(nodes.size());
  for (const auto& [name, i] : nodes) by_index[i] = &name;
  for (size_t i = 0; i < by_index.size(); ++i)
    std::printf("    <node id=\"n%zu\"><data key=\"name\">%s</data></node>\n", i, xml(*by_index[i]).c_str());
  std::printf("%s  </graph>\n</graphml>\n", edges.c_str());
}

std::string shorten(std::string s, size_t n) {
  if (s.size() <= n) return s;
  size_t cut = n - 3;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // whole characters
  return s.substr(0, cut) + "...";
}

void write_table(const std::string& kind, const std::vector<Row>& rows) {
  simdjson::dom::parser parser;
  for (const Row& r : rows) {
    simdjson::dom::element e = parser.parse(r.data).value();
    std::string dates = r.date_first == r.date_last ? r.date_first : r.date_first + ".." + r.date_last;
    if (kind == "event") {
      std::printf("%-6s %-22s %-9s %-40s %-24s %3s art  %s\n", r.id.c_str(), dates.c_str(),
                  r.type.c_str(), shorten(r.actors, 40).c_str(), shorten(r.location, 24).c_str(),
                  number(e["articles"].value_unsafe()).c_str(), shorten(joined_outlets(e), 40).c_str());
    } else if (kind == "story") {
      std::printf("%-6s %-22s %3zu articles  %s\n", r.id.c_str(), dates.c_str(),
                  e["members"].get_array().value_unsafe().size(), shorten(joined_outlets(e), 60).c_str());
    } else if (kind == "quote") {
      std::printf("%-6s %-24s %3s art  %s\n", r.id.c_str(), shorten(r.actors, 24).c_str(),
                  number(e["articles"].value_unsafe()).c_str(), shorten(str(e, "text"), 80).c_str());
    } else {
      std::string context = str(e, "event").empty() ? str(e, "story") : str(e, "event");
      std::string claims;
      for (auto c : e["claims"].get_array().value_unsafe())
        claims += (claims.empty() ? "" : "; ") + number(c["value"].value_unsafe()) +
                  (str(c, "claimant").empty() ? "" : " (" + str(c, "claimant") + ")");
      std::printf("%-8s %-18s conservative %s  claims: %s\n", context.c_str(), r.type.c_str(),
                  number(e["conservative"].value_unsafe()).c_str(), shorten(claims, 80).c_str());
    }
  }
  if (rows.empty()) std::fprintf(stderr, "no %ss match\n", kind.c_str());
}

int run_query(const std::string& kind, const std::vector<std::string>& args) {
  std::string db_path, format = "table";
  Filters filters;
  Options opts("casus " + kind + "s --db FILE [FILTERS] [--format table|jsonl|csv]",
               "Lists the " + kind + "s linked across the articles of a database (`casus ingest`\n"
               "links them as it stores articles).");
  opts.value("db", "", &db_path, "FILE", "the database (required)")
      .value("format", "", &format, "FORMAT", "table (default), jsonl or csv");
  filters.add_to(opts);
  std::vector<std::string> rest;
  if (!opts.parse(args, &rest)) return kExitOk;
  if (db_path.empty()) throw UsageError{"--db FILE is required"};
  if (!rest.empty()) throw UsageError{"unexpected argument '" + rest[0] + "'"};
  if (format != "table" && format != "jsonl" && format != "csv")
    throw UsageError{"--format must be table, jsonl or csv"};
  std::vector<Row> rows = select(db_path, {kind}, filters);
  if (format == "jsonl") {
    for (const Row& r : rows) std::printf("%s\n", r.data.c_str());
  } else if (format == "csv") {
    if (kind == "event") write_acled_csv(rows);
    else write_generic_csv(rows);
  } else {
    write_table(kind, rows);
  }
  return kExitOk;
}

int run_export(const std::vector<std::string>& args) {
  std::string db_path, format;
  Filters filters;
  Options opts("casus export --db FILE --format jsonl|csv|geojson|graphml [FILTERS]",
               "Exports the linked view of a database: jsonl (every record, as `casus link`\n"
               "writes them), csv (events in ACLED's columns: event_date, event_type,\n"
               "sub_event_type, actor1, actor2, location, latitude, longitude, source, notes,\n"
               "fatalities), geojson (records with coordinates as points) or graphml (actors as\n"
               "nodes, events as edges).");
  opts.value("db", "", &db_path, "FILE", "the database (required)")
      .value("format", "", &format, "FORMAT", "jsonl, csv, geojson or graphml (required)");
  filters.add_to(opts);
  std::vector<std::string> rest;
  if (!opts.parse(args, &rest)) return kExitOk;
  if (db_path.empty()) throw UsageError{"--db FILE is required"};
  if (!rest.empty()) throw UsageError{"unexpected argument '" + rest[0] + "'"};
  std::vector<std::string> all = {"duplicate", "story", "event", "quote", "dispute"};
  if (format == "jsonl") {
    for (const Row& r : select(db_path, all, filters)) std::printf("%s\n", r.data.c_str());
  } else if (format == "csv") {
    write_acled_csv(select(db_path, {"event"}, filters));
  } else if (format == "geojson") {
    write_geojson(select(db_path, {"event", "dispute"}, filters));
  } else if (format == "graphml") {
    write_graphml(select(db_path, {"event"}, filters));
  } else {
    throw UsageError{"--format must be jsonl, csv, geojson or graphml"};
  }
  return kExitOk;
}

Registrar events({"events", "list the events linked across articles in a database",
                  [](const std::vector<std::string>& a) { return run_query("event", a); }});
Registrar stories({"stories", "list the stories (articles about one development) in a database",
                   [](const std::vector<std::string>& a) { return run_query("story", a); }});
Registrar quotes({"quotes", "list statements and every article that quotes them",
                  [](const std::vector<std::string>& a) { return run_query("quote", a); }});
Registrar disputes({"disputes", "list figures that sources disagree on",
                    [](const std::vector<std::string>& a) { return run_query("dispute", a); }});
Registrar exporter({"export", "export linked events: jsonl, csv (ACLED columns), geojson, graphml",
                    run_export});

}  // namespace
}  // namespace casus::cli
