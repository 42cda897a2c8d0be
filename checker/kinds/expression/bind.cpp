#include "checker/kinds/expression/bind.hpp"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "checker/describe.hpp"
#include "checker/kinds/expression/bound_term.hpp"
#include "checker/kinds/support.hpp"

namespace cijfer::expr {
namespace {

bool all_digits(const std::string& s) {
    return !s.empty() && s.size() <= 6 && s.find_first_not_of("0123456789") == std::string::npos;
}

class Binder {
public:
    Binder(RuleRun& run, const Program& program, std::set<std::string>& reported)
        : run_(run), program_(program), reported_(reported) {}

    /// The terms of both sides for one loop value; nothing when a selector failed.
    bool bind(const std::optional<std::string>& label, BoundTerm& lhs, BoundTerm& rhs) {
        label_ = label;
        bool ok = bind(program_.lhs, lhs);
        ok = bind(program_.rhs, rhs) && ok;
        return ok;
    }

    /// The labels of the first table the program names (for `for year in columns`).
    std::optional<std::vector<std::string>> first_table_columns() {
        const Pick* pick = first_table(program_.lhs);
        if (!pick) pick = first_table(program_.rhs);
        if (!pick) return std::nullopt;
        const auto table = one_table(*pick);
        if (!table) return std::vector<std::string>{};
        std::vector<std::string> labels;
        for (const Column& column : run_.doc.tables[*table].columns) labels.push_back(column.label);
        return labels;
    }

private:
    static const Pick* first_table(const Term& t) {
        if (t.kind == Term::Kind::pick && t.pick.source == Pick::Source::table) return &t.pick;
        for (const Term& o : t.operands)
            if (const Pick* p = first_table(o)) return p;
        return nullptr;
    }

    bool bind(const Term& t, BoundTerm& out) {
        out = {};
        switch (t.kind) {
        case Term::Kind::number:
            out.kind = BoundTerm::Kind::number;
            out.number = t.number;
            return true;
        case Term::Kind::pick: {
            std::vector<Chosen> figures;
            if (!pick(t.pick, figures)) return false;
            out.kind = BoundTerm::Kind::figure;
            out.figure = figures.front().figure;
            return true;
        }
        case Term::Kind::sum: {
            out.kind = BoundTerm::Kind::sum;
            bool ok = true;
            for (const Term& o : t.operands) {
                if (o.kind == Term::Kind::pick && o.pick.list()) {
                    std::vector<Chosen> figures;
                    if (!pick(o.pick, figures)) {
                        ok = false;
                        continue;
                    }
                    for (const Chosen& c : figures) {
                        BoundTerm f;
                        f.kind = BoundTerm::Kind::figure;
                        f.figure = c.figure;
                        out.operands.push_back(f);
                    }
                    continue;
                }
                BoundTerm b;
                ok = bind(o, b) && ok;
                out.operands.push_back(std::move(b));
            }
            return ok && !out.operands.empty();
        }
        case Term::Kind::negate: out.kind = BoundTerm::Kind::negate; break;
        case Term::Kind::chain: out.kind = BoundTerm::Kind::chain; break;
        case Term::Kind::pct: out.kind = BoundTerm::Kind::pct; break;
        }
        out.number = t.number;
        out.ops = t.ops;
        bool ok = true;
        for (const Term& o : t.operands) {
            BoundTerm b;
            ok = bind(o, b) && ok;
            out.operands.push_back(std::move(b));
        }
        return ok;
    }

    /// The loop value (with its offset) or the fixed text.
    std::optional<std::string> resolve(const Value& v) const {
        if (v.fixed) return v.fixed;
        if (!label_) return std::nullopt;
        if (v.offset == 0) return label_;
        if (!all_digits(*label_)) return std::nullopt;
        return std::to_string(std::stoi(*label_) + v.offset);
    }

    void problem(Span at, Message message, Severity severity) {
        std::string key = message.key;
        for (const auto& arg : message.args) key += "|" + arg.text;
        if (!reported_.insert(key).second) return;
        Finding finding = make_finding(run_, at, std::move(message));
        finding.severity = severity;
        run_.findings.push_back(std::move(finding));
    }

    /// Exactly one match, or a finding (no match: warning, several: error).
    std::optional<std::size_t> one(const std::vector<std::size_t>& matches, const std::string& described, Span at) {
        if (matches.size() == 1) return matches.front();
        if (matches.empty()) problem(at, Message{"selector.no-match", {}}.text("selector", described), Severity::warning);
        else
            problem(at,
                    Message{"selector.ambiguous", {}}.text("selector", described).number("count",
                                                                                       static_cast<double>(matches.size())),
                    Severity::error);
        return std::nullopt;
    }

    std::optional<std::size_t> one_table(const Pick& pick) {
        return one(select_tables(run_.doc, pick.selector), pick.selector.describe(), Span{});
    }

    bool pick(const Pick& p, std::vector<Chosen>& out) {
        switch (p.source) {
        case Pick::Source::table: return table_cells(p, out);
        case Pick::Source::statement:
        case Pick::Source::percentage: return statement(p, out);
        case Pick::Source::fig: return fig(p, out);
        }
        return false;
    }

    bool table_cells(const Pick& p, std::vector<Chosen>& out) {
        const auto t = one_table(p);
        if (!t) return false;
        const Table& table = run_.doc.tables[*t];
        Selector described = p.selector;
        const auto named_row = [&](const std::string& name) {
            Selector s = p.selector;
            s.row = name;
            return one(select_rows(table, s), s.describe(), table.title_span);
        };
        std::vector<std::size_t> rows;
        switch (p.rows) {
        case Pick::Rows::one:
        case Pick::Rows::several:
            for (const auto& name : p.row_names) {
                const auto r = named_row(name);
                if (!r) return false;
                rows.push_back(*r);
            }
            described.row = fmt::format("{}", fmt::join(p.row_names, ", "));
            break;
        case Pick::Rows::total: {
            described.row = "total";
            const auto r = total_row(table);
            if (!r) return one({}, described.describe(), table.title_span).has_value();
            rows.push_back(*r);
            break;
        }
        case Pick::Rows::children: {
            const auto parent = named_row(p.row_names.front());
            if (!parent) return false;
            for (std::size_t r = 0; r < table.rows.size(); ++r)
                if (table.rows[r].parent == parent && !table.rows[r].heading) rows.push_back(r);
            described.row = "children of " + p.row_names.front();
            break;
        }
        case Pick::Rows::top:
            for (std::size_t r = 0; r < table.rows.size(); ++r)
                if (is_top_level(table.rows[r]) && !table.rows[r].heading) rows.push_back(r);
            described.row = "top";
            break;
        case Pick::Rows::all:
            for (std::size_t r = 0; r < table.rows.size(); ++r)
                if (!table.rows[r].is_total && !table.rows[r].heading) rows.push_back(r);
            break;
        }
        std::vector<std::size_t> columns;
        if (p.column) {
            Selector s = described;
            const auto label = resolve(*p.column);
            s.column = label ? *label : std::string("?");
            const auto c = label ? one(select_columns(table, s), s.describe(), table.header_span)
                                 : one({}, s.describe(), table.header_span);
            if (!c) return false;
            columns.push_back(*c);
            described = s;
        } else {
            for (std::size_t c = 0; c < table.columns.size(); ++c) columns.push_back(c);
        }
        for (std::size_t r : rows)
            for (std::size_t c : columns) {
                const Row& row = table.rows[r];
                if (c < row.cells.size() && row.cells[c]) out.push_back({*row.cells[c], cell_context(table, row, c), true});
            }
        if (out.empty()) return one({}, described.describe(), table.title_span).has_value();
        return true;
    }

    bool statement(const Pick& p, std::vector<Chosen>& out) {
        Selector s = p.selector;
        std::string year_text;
        if (p.year) {
            const auto year = resolve(*p.year);
            year_text = year ? *year : "?";
            if (year && all_digits(*year)) s.year = std::stoi(*year);
        }
        auto matches = select_statements(run_.doc, s);
        const bool percentage = p.source == Pick::Source::percentage;
        std::erase_if(matches, [&](std::size_t i) {
            const auto kind = run_.doc.statements[i].kind;
            return percentage ? kind != Statement::Kind::share
                              : kind == Statement::Kind::share || kind == Statement::Kind::change;
        });
        std::string described = s.describe();
        if (p.year && !s.year) {
            matches.clear();  // a loop value that is no year matches no statement
            described.insert(described.size() - 1, (described.size() > 2 ? ", year: " : "year: ") + year_text);
        }
        const auto one_match = one(matches, described, Span{});
        if (!one_match) return false;
        const Statement& statement = run_.doc.statements[*one_match];
        out.push_back({statement.figure, figure_role(run_.doc, statement.figure), false});
        return true;
    }

    bool fig(const Pick& p, std::vector<Chosen>& out) {
        std::optional<int> year;
        std::string described = fmt::format("fig(\"{}\")", p.name);
        if (p.year) {
            const auto y = resolve(*p.year);
            if (y && all_digits(*y)) year = std::stoi(*y);
            described = fmt::format("fig(\"{}\", {})", p.name, y ? *y : "?");
        }
        std::optional<FigureId> id;
        if (run_.figure_lookup && *run_.figure_lookup && (!p.year || year)) id = (*run_.figure_lookup)(p.name, year);
        if (!id || *id >= run_.doc.figures.size()) return one({}, described, Span{}).has_value();
        out.push_back({*id, figure_role(run_.doc, *id), false});
        return true;
    }

    RuleRun& run_;
    const Program& program_;
    std::set<std::string>& reported_;
    std::optional<std::string> label_;

public:
    /// Every figure of the bound terms, with the words that locate it.
    std::vector<Chosen> all_chosen(const BoundTerm& lhs, const BoundTerm& rhs) {
        std::vector<Chosen> out;
        collect(lhs, out);
        collect(rhs, out);
        return out;
    }

private:
    void collect(const BoundTerm& t, std::vector<Chosen>& out) {
        if (t.kind == BoundTerm::Kind::figure) {
            const auto located = locate(t.figure);
            out.push_back(located);
        }
        for (const BoundTerm& o : t.operands) collect(o, out);
    }

    Chosen locate(FigureId id) const {
        for (const Table& table : run_.doc.tables)
            for (const Row& row : table.rows)
                for (std::size_t c = 0; c < row.cells.size(); ++c)
                    if (row.cells[c] == id) return {id, cell_context(table, row, c), true};
        return {id, figure_role(run_.doc, id), false};
    }
};

}  // namespace

void collect_expression(RuleRun& run, const Program& program) {
    std::set<std::string> reported;
    Binder binder(run, program, reported);
    std::vector<std::optional<std::string>> labels;
    if (!program.variable) {
        labels.push_back(std::nullopt);
    } else if (program.over_columns) {
        const auto columns = binder.first_table_columns();
        if (!columns) {
            Finding finding = make_finding(run, Span{}, Message{"expression.no-table", {}});
            finding.severity = Severity::warning;
            run.findings.push_back(std::move(finding));
            return;
        }
        labels.assign(columns->begin(), columns->end());
    } else {
        labels.assign(program.values.begin(), program.values.end());
    }
    for (const auto& label : labels) {
        BoundTerm lhs, rhs;
        if (!binder.bind(label, lhs, rhs)) continue;
        run.relations.push_back(
            expression_relation(run.doc, program, lhs, rhs, binder.all_chosen(lhs, rhs), label.value_or("")));
    }
}

}  // namespace cijfer::expr
