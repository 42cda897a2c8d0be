// Reads the long CSV form of a dataset (docs/datasets.md): one line per figure,
//   table,code,parent,label,column,value,unit,precision,as_written
// (RFC 4180 quoting; optional extra columns section, name, page, source), into the model.
#include <algorithm>
#include <array>
#include <map>

#include <fmt/format.h>

#include "dataset/dataset_reader.hpp"
#include "dataset/dataset_vocabulary.hpp"
#include "dataset/figure_builder.hpp"
#include "grammar/text_utils.hpp"

namespace cijfer {
namespace {

using namespace dataset;

/// One field: its text (quotes undone) and its bytes in the file (inside the quotes).
struct Field {
    std::string text;
    Span span;
    bool exact = true;  ///< the bytes are the text (no doubled quotes)
};

/// Splits the file into records of fields; a quoted field may hold commas, quotes ("")
/// and line breaks. Returns false with `error_at` set on an unclosed quote.
bool split_records(std::string_view bytes, std::vector<std::vector<Field>>& records, std::uint32_t& error_at) {
    std::size_t i = 0;
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") i = 3;  // a spreadsheet's byte order mark
    std::vector<Field> record;
    while (i <= bytes.size()) {
        Field field;
        if (i < bytes.size() && bytes[i] == '"') {
            const auto open = static_cast<std::uint32_t>(i);
            ++i;
            field.span.begin = static_cast<std::uint32_t>(i);
            bool closed = false;
            while (i < bytes.size()) {
                if (bytes[i] == '"') {
                    if (i + 1 < bytes.size() && bytes[i + 1] == '"') {
                        field.text += '"';
                        field.exact = false;
                        i += 2;
                        continue;
                    }
                    field.span.end = static_cast<std::uint32_t>(i);
                    ++i;
                    closed = true;
                    break;
                }
                field.text += bytes[i++];
            }
            if (!closed) {
                error_at = open;
                return false;
            }
        } else {
            field.span.begin = static_cast<std::uint32_t>(i);
            while (i < bytes.size() && bytes[i] != ',' && bytes[i] != '\n' && bytes[i] != '\r') field.text += bytes[i++];
            field.span.end = static_cast<std::uint32_t>(i);
        }
        record.push_back(std::move(field));
        if (i < bytes.size() && bytes[i] == ',') {
            ++i;
            continue;
        }
        // End of record: \n, \r\n or the end of the file.
        if (i < bytes.size() && bytes[i] == '\r') ++i;
        if (i < bytes.size() && bytes[i] == '\n') ++i;
        const bool blank = record.size() == 1 && record[0].text.empty();
        if (!blank) records.push_back(std::move(record));
        record.clear();
        if (i >= bytes.size()) break;
    }
    return true;
}

constexpr std::array<std::string_view, 9> required_columns{"table", "code", "parent", "label", "column",
                                                           "value", "unit", "precision", "as_written"};
constexpr std::array<std::string_view, 4> optional_columns{"section", "name", "page", "source"};

class CsvDatasetReader {
public:
    explicit CsvDatasetReader(const SourceText& source) : src_(source) {
        result_.doc.source = &source;
        result_.doc.sections.push_back({"", {0, 0}, false, {}});
    }

    DatasetResult read() {
        std::vector<std::vector<Field>> records;
        std::uint32_t error_at = 0;
        if (!split_records(src_.bytes(), records, error_at)) {
            error(error_at, "this quoted field is never closed");
            return std::move(result_);
        }
        if (records.empty()) {
            error(0, fmt::format("an empty CSV dataset: the first line names the columns: {}", join(required_columns)));
            return std::move(result_);
        }
        if (!header(records[0])) return std::move(result_);
        for (std::size_t r = 1; r < records.size(); ++r) record(records[r], records[0]);
        return std::move(result_);
    }

private:
    static std::string join(const std::array<std::string_view, 9>& names) {
        std::string out;
        for (const auto n : names) out += (out.empty() ? "" : ",") + std::string(n);
        return out;
    }
    void error(std::uint32_t offset, std::string message) {
        result_.errors.push_back({src_.locate(offset), std::move(message)});
    }

    bool header(const std::vector<Field>& fields) {
        for (const auto& f : fields) {
            const bool known = std::find(required_columns.begin(), required_columns.end(), f.text) != required_columns.end() ||
                               std::find(optional_columns.begin(), optional_columns.end(), f.text) != optional_columns.end();
            if (!known) error(f.span.begin, fmt::format("unknown column '{}'", f.text));
            else if (!column_.emplace(f.text, column_.size()).second) error(f.span.begin, fmt::format("column '{}' twice", f.text));
            else continue;
            return false;
        }
        for (const auto name : required_columns)
            if (!column_.count(std::string(name))) {
                error(fields[0].span.begin, fmt::format("the header lacks the column '{}' (it needs {})", name, join(required_columns)));
                return false;
            }
        return true;
    }

    const Field* field(const std::vector<Field>& record, std::string_view name) const {
        const auto found = column_.find(std::string(name));
        if (found == column_.end() || found->second >= record.size()) return nullptr;
        return &record[found->second];
    }
    std::string text(const std::vector<Field>& record, std::string_view name) const {
        const Field* f = field(record, name);
        return f ? f->text : std::string();
    }

    std::size_t section(const std::vector<Field>& record) {
        const Field* f = field(record, "section");
        if (!f || f->text.empty()) return 0;
        auto& sections = result_.doc.sections;
        for (std::size_t s = 0; s < sections.size(); ++s)
            if (sections[s].title == f->text) return s;
        sections.push_back({f->text, f->span, false, {}});
        return sections.size() - 1;
    }

    std::size_t table(const std::vector<Field>& record) {
        const Field* title = field(record, "table");
        const std::size_t in_section = section(record);
        auto& tables = result_.doc.tables;
        for (std::size_t t = 0; t < tables.size(); ++t)
            if (tables[t].title == title->text && tables[t].section == in_section) return t;
        Table t;
        t.title = title->text;
        t.title_span = t.span = title->span;
        t.section = in_section;
        t.position = 1 + static_cast<int>(std::count_if(tables.begin(), tables.end(), [&](const Table& o) { return o.section == in_section; }));
        tables.push_back(std::move(t));
        return tables.size() - 1;
    }

    std::size_t column(Table& t, const Field& label, Unit unit) {
        for (std::size_t c = 0; c < t.columns.size(); ++c)
            if (t.columns[c].label == label.text) return c;
        Column c;
        c.label = label.text;
        c.span = label.span;
        c.unit = unit;
        t.columns.push_back(std::move(c));
        for (Row& r : t.rows) r.cells.resize(t.columns.size());
        return t.columns.size() - 1;
    }

    std::optional<std::size_t> row(Table& t, const std::vector<Field>& record) {
        const Field* code = field(record, "code");
        const Field* label = field(record, "label");
        for (std::size_t r = 0; r < t.rows.size(); ++r)
            if (t.rows[r].code == code->text && t.rows[r].label == label->text) return r;
        Row row;
        row.code = code->text;
        row.label = label->text;
        row.label_key = label_key(row.label);
        row.span = row.label_span = label->span;
        row.code_span = code->text.empty() ? label->span : code->span;
        row.is_total = named_as_total(row.label);
        if (const Field* parent = field(record, "parent"); parent && !parent->text.empty()) {
            for (std::size_t r = t.rows.size(); r-- > 0 && !row.parent;)
                if (t.rows[r].code == parent->text || (t.rows[r].code.empty() && t.rows[r].label == parent->text)) row.parent = r;
            if (!row.parent) {
                error(parent->span.begin, fmt::format("no earlier row of table '{}' has the code or label '{}'", t.title, parent->text));
                return std::nullopt;
            }
        }
        row.cells.assign(t.columns.size(), std::nullopt);
        t.rows.push_back(std::move(row));
        return t.rows.size() - 1;
    }

    void record(const std::vector<Field>& record, const std::vector<Field>& header) {
        if (record.size() != header.size()) {
            error(record[0].span.begin, fmt::format("this line has {} fields, the header {}", record.size(), header.size()));
            return;
        }
        FigureInput in;
        in.anchor = field(record, "table")->span;
        const Field* unit = field(record, "unit");
        if (!unit->text.empty()) {
            const auto parsed = parse_unit(unit->text);
            if (!parsed) {
                error(unit->span.begin, fmt::format("unit must be count, percent, euro, money or unknown, not '{}'", unit->text));
                return;
            }
            in.unit = *parsed;
        }
        if (const Field* value = field(record, "value"); !value->text.empty()) {
            std::size_t used = 0;
            try {
                in.value = std::stod(value->text, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != value->text.size()) {
                error(value->span.begin, fmt::format("value '{}' is not a number (write it with a decimal point, as 56400 or 0.2)", value->text));
                return;
            }
            in.value_span = value->span;
        }
        if (const Field* precision = field(record, "precision"); !precision->text.empty()) {
            std::size_t used = 0;
            try {
                in.precision = std::stod(precision->text, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != precision->text.size()) {
                error(precision->span.begin, fmt::format("precision '{}' is not a number", precision->text));
                return;
            }
            in.precision_span = precision->span;
        }
        if (const Field* written = field(record, "as_written"); !written->text.empty()) {
            if (!written->exact) {
                error(written->span.begin, "as_written must not contain quotes");
                return;
            }
            in.written = written->span;
        }
        in.name = text(record, "name");
        const std::size_t t = table(record);
        Table& tab = result_.doc.tables[t];
        const std::size_t c = column(tab, *field(record, "column"), in.unit);
        const auto r = row(tab, record);
        if (!r) return;
        if (tab.rows[*r].cells[c]) {
            error(field(record, "column")->span.begin,
                  fmt::format("a second value for row '{}', column '{}' of table '{}'", tab.rows[*r].label, tab.columns[c].label, tab.title));
            return;
        }
        if (const auto id = add_figure(src_, result_.doc, in, result_.errors)) result_.doc.tables[t].rows[*r].cells[c] = id;
    }

    const SourceText& src_;
    DatasetResult result_;
    std::map<std::string, std::size_t> column_;
};

}  // namespace

DatasetResult read_dataset_csv(const SourceText& source) { return CsvDatasetReader(source).read(); }

}  // namespace cijfer
