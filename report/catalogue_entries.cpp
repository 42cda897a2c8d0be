#include "report/catalogue.hpp"

namespace cijfer {

// Written for ministry staff: say what the document states, what the arithmetic gives,
// and how far apart they are. Every declared argument appears in both templates (tested).
const std::vector<CatalogueEntry>& catalogue() {
    static const std::vector<CatalogueEntry> entries = {
        // Findings of the checker's rule kinds.
        {"sum.failed", {"context", "found", "expected", "parts", "imbalance", "excess"},
         "{context}: the table says {found}, the parts add up to {expected} ({parts}); "
         "difference {imbalance}, {excess} more than rounding allows",
         "{context}: de tabel vermeldt {found}, de delen tellen op tot {expected} ({parts}); "
         "verschil {imbalance}, {excess} meer dan afronding toelaat"},
        {"percent-sum.failed", {"context", "found", "expected", "n", "allowed"},
         "{context}: the {n} percentages add up to {expected}, not {found}; "
         "rounding explains a difference of at most {allowed}",
         "{context}: de {n} percentages tellen op tot {expected}, niet tot {found}; "
         "afronding verklaart hooguit {allowed} verschil"},
        {"share.failed", {"context", "found", "expected", "part", "whole"},
         "{context}: the text says {found}, but {part} of {whole} is {expected}%",
         "{context}: de tekst vermeldt {found}, maar {part} van {whole} is {expected}%"},
        {"change.failed", {"context", "found", "old", "new", "expected"},
         "{context}: the text states a change of {found}, but from {old} to {new} is {expected}%",
         "{context}: de tekst vermeldt een verandering van {found}, maar van {old} naar {new} is {expected}%"},
        {"hierarchy.orphan", {"code", "parent"},
         "row {code} belongs under {parent}, but the table has no row {parent}",
         "rij {code} hoort onder {parent}, maar de tabel heeft geen rij {parent}"},
        {"inferred.column.failed", {"context", "formula", "holding", "checked", "found", "expected", "imbalance", "excess"},
         "{context}: the numbers imply {formula} (it holds in {holding} of {checked} rows), but here the "
         "table says {found} where it gives {expected}; difference {imbalance}, {excess} more than rounding allows",
         "{context}: de cijfers wijzen op {formula} (dat klopt in {holding} van de {checked} rijen), maar hier "
         "vermeldt de tabel {found} waar dat {expected} geeft; verschil {imbalance}, {excess} meer dan afronding toelaat"},
        {"inferred.subtotal.failed", {"context", "formula", "holding", "checked", "found", "expected", "imbalance", "excess"},
         "{context}: the numbers imply subtotal rows ({formula}; it holds in {holding} of {checked} sums), but "
         "here the table says {found} where the rows below give {expected}; difference {imbalance}, {excess} more "
         "than rounding allows",
         "{context}: de cijfers wijzen op subtotaalrijen ({formula}; dat klopt in {holding} van de {checked} "
         "sommen), maar hier vermeldt de tabel {found} waar de rijen eronder {expected} geven; verschil {imbalance}, "
         "{excess} meer dan afronding toelaat"},
        {"table.cut-off", {"table", "skipped"},
         "{table}: the text ends inside this table; {skipped} sums that may run past the end are not checked",
         "{table}: de tekst eindigt in deze tabel; {skipped} sommen die voorbij het einde kunnen lopen zijn niet "
         "gecontroleerd"},
        {"number.malformed", {"written", "why", "reading", "check"},
         "{written} is not a correctly written number ({why}); read as {reading}, "
         "the related checks agree: {check}",
         "{written} is geen correct geschreven getal ({why}); gelezen als {reading} "
         "kloppen de bijbehorende controles: {check}"},
        {"number.malformed.unresolved", {"written", "readings"},
         "{written} is not a correctly written number, and no check shows how to read it "
         "(possible readings: {readings})",
         "{written} is geen correct geschreven getal, en geen controle wijst uit hoe het "
         "gelezen moet worden (mogelijke lezingen: {readings})"},
        {"number.too-many-digits", {"written", "digits"},
         "{written} has more than {digits} digits: too many to check exactly, so no check uses it",
         "{written} heeft meer dan {digits} cijfers: te veel om exact te controleren, dus geen controle "
         "gebruikt het"},
        {"number.ambiguous", {"written", "readings"},
         "{written} can be read in more than one way ({readings}); write it unambiguously",
         "{written} is op meer dan één manier te lezen ({readings}); schrijf het eenduidig"},
        {"numbering.gap", {"code", "missing"},
         "row code {code} follows a gap: {missing} is missing",
         "rijcode {code} volgt op een gat: {missing} ontbreekt"},
        {"numbering.duplicate", {"code"},
         "row code {code} occurs more than once",
         "rijcode {code} komt meer dan eens voor"},
        {"numbering.disorder", {"code", "previous"},
         "row code {code} comes after {previous}: out of order",
         "rijcode {code} staat na {previous}: buiten de volgorde"},
        {"numbering.misnumbered", {"code", "missing", "label", "other"},
         "row {code} ‘{label}’ is probably misnumbered: {missing} is missing here, "
         "and in {other} ‘{label}’ is {missing}",
         "rij {code} ‘{label}’ is waarschijnlijk verkeerd genummerd: {missing} ontbreekt hier, "
         "en in {other} is ‘{label}’ {missing}"},
        {"numbering.label-differs", {"code", "label", "other_label", "other"},
         "row {code} is ‘{label}’ here but ‘{other_label}’ in {other}",
         "rij {code} heet hier ‘{label}’ maar in {other} ‘{other_label}’"},
        {"selector.no-match", {"selector"},
         "the selector {selector} matches nothing in this document, so its check did not run",
         "de selector {selector} vindt niets in dit document, dus de controle is niet uitgevoerd"},
        {"selector.ambiguous", {"selector", "count"},
         "the selector {selector} matches {count} places where it must match one",
         "de selector {selector} vindt {count} plaatsen waar het er één moet zijn"},
        {"token.unplaced.table.short-row", {"text", "values", "columns"},
         "the number {text} is not placed in the table: its row has {values} values for {columns} columns, and the tool does not guess which columns they belong to",
         "het getal {text} is niet in de tabel geplaatst: de rij heeft {values} waarden voor {columns} kolommen, en het programma raadt niet bij welke kolommen ze horen"},
        {"token.unplaced.table.glued-values", {"text", "reading"},
         "the number {text} is not placed in the table: it reads as values glued together ({reading}); not checked",
         "het getal {text} is niet in de tabel geplaatst: het leest als aan elkaar geschreven waarden ({reading}); niet gecontroleerd"},
        {"table.short-row", {"values", "columns"},
         "this row has {values} values for {columns} columns; they are not placed",
         "deze rij heeft {values} waarden voor {columns} kolommen; ze zijn niet geplaatst"},
        {"table.glued-values", {"text", "reading"},
         "values glued together: {text} reads as {reading}; not checked",
         "aan elkaar geschreven waarden: {text} leest als {reading}; niet gecontroleerd"},
        {"table.measures-unsplit", {"measures"},
         "the header of this long-format table names {measures} measures that the tool cannot tell apart; their columns are numbered",
         "de kop van deze tabel in lange vorm noemt {measures} grootheden die het programma niet uit elkaar kan houden; de kolommen zijn genummerd"},
        {"token.unclassified", {"text"},
         "the number {text} could not be classified (not a figure, year, date, reference, ...)",
         "het getal {text} kon niet worden ingedeeld (geen cijfer, jaartal, datum, verwijzing, ...)"},

        // Fixed words of the reports.
        {"severity.error", {}, "error", "fout"},
        {"severity.warning", {}, "warning", "waarschuwing"},
        {"severity.info", {}, "info", "info"},
        {"report.expected-found", {"expected", "found"},
         "expected {expected}, found {found}", "verwacht {expected}, gevonden {found}"},
        {"report.expected", {"expected"}, "expected {expected}", "verwacht {expected}"},
        {"report.found", {"found"}, "found {found}", "gevonden {found}"},
        {"report.related", {"location", "role"}, "related: {location}: {role}", "zie ook: {location}: {role}"},
        {"report.within-rounding", {"context", "found", "expected", "difference"},
         "{context}: {found} against {expected} (difference {difference}) agrees only thanks to rounding",
         "{context}: {found} tegenover {expected} (verschil {difference}) klopt alleen dankzij afronding"},
        {"report.summary.checks", {"checks", "passed", "rounding", "failed", "settled"},
         "checks: {checks} run, {passed} passed ({rounding} within rounding), {failed} failed, "
         "{settled} settled by another finding",
         "controles: {checks} uitgevoerd, {passed} geslaagd ({rounding} binnen afronding), "
         "{failed} mislukt, {settled} afgedaan door een andere bevinding"},
        {"report.summary.findings", {"errors", "warnings", "infos"},
         "findings: error {errors}, warning {warnings}, info {infos}",
         "bevindingen: fout {errors}, waarschuwing {warnings}, info {infos}"},
        {"report.summary.coverage", {"total", "checked", "placed", "non_statistical", "unclassified"},
         "numeric tokens: {total} found, {checked} checked, {placed} placed, "
         "{non_statistical} non-statistical, {unclassified} unclassified",
         "getallen: {total} gevonden, {checked} gecontroleerd, {placed} geplaatst, "
         "{non_statistical} niet-statistisch, {unclassified} niet ingedeeld"},
        {"report.summary.all-inputs", {"inputs"}, "all {inputs} inputs", "alle {inputs} invoerbestanden"},
    };
    return entries;
}

}  // namespace cijfer
