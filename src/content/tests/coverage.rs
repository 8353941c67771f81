//! Traceability: every phone number, e-mail address and URL in the two guides is either in the tools'
//! content data or listed, with a reason, under "Not shown" in `docs/guide-coverage.md`. A guide or
//! the document missing fails the test: it never passes without its input.

use super::{guide_text, Guide, Source};
use std::path::Path;

/// URLs: from `http://` or `https://` to a space or a closing bracket.
fn urls(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (start, _) in text.match_indices("http") {
        let rest = &text[start..];
        if !(rest.starts_with("http://") || rest.starts_with("https://")) {
            continue;
        }
        let end = rest
            .find(|c: char| {
                c.is_whitespace() || matches!(c, ')' | ']' | '<' | '>' | '"' | '（' | '）')
            })
            .unwrap_or(rest.len());
        found.push(rest[..end].trim_end_matches(['.', ',']).to_owned());
    }
    found
}

/// E-mail addresses: the characters around each `@` that addresses use.
fn emails(text: &str) -> Vec<String> {
    let local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '%' | '+' | '-');
    let host = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '-');
    let mut found = Vec::new();
    for (at, _) in text.match_indices('@') {
        let before = &text[..at];
        let start = before.rfind(|c: char| !local(c)).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let after = &text[at + 1..];
        let end = after.find(|c: char| !host(c)).unwrap_or(after.len());
        let (name, domain) = (&before[start..], after[..end].trim_end_matches('.'));
        if !name.is_empty() && domain.contains('.') {
            found.push(format!("{name}@{domain}"));
        }
    }
    found
}

/// Japanese phone numbers: a run of digits and hyphens that starts with 0, has two hyphens or more
/// and 9 digits or more (postcodes and dates do not).
fn phones(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .map(|run| run.trim_matches('-'))
        .filter(|run| {
            run.starts_with('0')
                && run.matches('-').count() >= 2
                && run.chars().filter(char::is_ascii_digit).count() >= 9
        })
        .map(str::to_owned)
        .collect()
}

/// All the Rust sources of a folder, as one text.
fn sources(dir: &Path) -> String {
    let mut text = String::new();
    let entries =
        std::fs::read_dir(dir).unwrap_or_else(|error| panic!("{}: {error}", dir.display()));
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            text.push_str(&sources(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            text.push_str(&std::fs::read_to_string(&path).unwrap_or_default());
        }
    }
    text
}

#[test]
fn every_contact_and_link_in_the_guides_is_shown_or_listed_as_out_of_scope() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let content = sources(&root.join("src/content")) + &sources(&root.join("src/rules"));
    let coverage = std::fs::read_to_string(root.join("docs/guide-coverage.md"))
        .expect("docs/guide-coverage.md");
    let not_shown = coverage
        .split("## Not shown")
        .nth(1)
        .expect("a \"Not shown\" section in docs/guide-coverage.md");
    let mut missing = Vec::new();
    let mut counted = 0;
    for guide in [Guide::TechnicalServices, Guide::SmartAccount] {
        let text = guide_text(guide);
        for item in urls(&text)
            .into_iter()
            .chain(emails(&text))
            .chain(phones(&text))
        {
            counted += 1;
            if !content.contains(&item) && !not_shown.contains(&item) {
                missing.push(format!("{} ({})", item, guide.file()));
            }
        }
    }
    assert!(
        counted > 80,
        "the guides should give many addresses; found {counted}"
    );
    assert!(
        missing.is_empty(),
        "neither in the content nor under \"Not shown\":\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_extractors_find_what_the_guides_write() {
    let sample = "電話 0120-608-802（シビラティ１） 0066-33-800-926 〒107-6227 2023-06-10 mailto:web-help-j@cisco.com \
                  https://example.com/a(b) [x](http://x.jp/y#~:z=2)。";
    assert_eq!(phones(sample), ["0120-608-802", "0066-33-800-926"]);
    assert_eq!(
        emails(sample),
        ["mailto:web-help-j@cisco.com".replace("mailto:", "")]
    );
    assert_eq!(
        urls(sample),
        ["https://example.com/a(b", "http://x.jp/y#~:z=2"]
    );
}

/// Every numbered section heading of both guides appears in the coverage document.
#[test]
fn every_numbered_section_is_in_the_coverage_document() {
    let coverage = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide-coverage.md"),
    )
    .expect("docs/guide-coverage.md");
    let services = guide_text(Guide::TechnicalServices);
    let smart = guide_text(Guide::SmartAccount);
    let mut numbers: Vec<String> = services
        .lines()
        .map(str::trim)
        .filter_map(|line| {
            let number = line.split([' ', '.', '　']).next()?;
            let numbered = number.len() == 3
                && number.as_bytes()[1] == b'-'
                && number.bytes().all(|b| b.is_ascii_digit() || b == b'-');
            (numbered && line.len() > 4).then(|| number.to_owned())
        })
        .collect();
    numbers.extend(
        smart
            .lines()
            .filter_map(|line| line.strip_prefix("## "))
            .filter_map(|rest| {
                let number = rest.split(' ').next()?;
                (number.len() == 3 && number.as_bytes()[1] == b'-').then(|| number.to_owned())
            }),
    );
    numbers.dedup();
    assert!(numbers.len() >= 12, "{numbers:?}");
    for number in numbers {
        assert!(
            coverage.contains(&number),
            "section {number} is not in docs/guide-coverage.md"
        );
    }
}

/// Every place a fact is cited from, across the tools' content.
fn every_source() -> Vec<Source> {
    use super::severity::tac;
    use super::{account_domain, checklist, delivery, desks, end_of_sale};
    use crate::rules::checklist::{plan, PRODUCTS};
    use crate::rules::kernel::desk::Desk;
    let mut cited: Vec<super::Cited> = Vec::new();
    cited.extend([
        tac::S1_AVAILABILITY,
        tac::SOLUTION_SUPPORT_CALLBACK,
        tac::UCS_OPTION,
        tac::SMALL_BUSINESS,
        tac::WEBEX,
        desks::GLOBAL_SCM_FOOTNOTE,
    ]);
    cited.extend(tac::GLOBAL_PHONE_MENU.iter().chain(tac::READINGS).copied());
    cited.extend(
        crate::rules::kernel::desk::Desk::ALL
            .into_iter()
            .filter_map(tac::phone_rule),
    );
    cited.extend(checklist::SR_NOTES.iter().copied().chain([
        checklist::JAPAN_TAC_LOGS,
        checklist::SMART_ACCOUNT_NOTE,
        checklist::WEBEX_NOT_IN_CHAT,
        checklist::TEMPLATE_NOTE,
    ]));
    let mut sources: Vec<Source> = Vec::new();
    for product in PRODUCTS {
        cited.extend_from_slice(checklist::product_notes(product.slug));
        for desk in Desk::ALL {
            for severity in [
                None,
                Some(crate::rules::kernel::severity::Severity::S1),
                Some(crate::rules::kernel::severity::Severity::S2),
            ] {
                let plan = plan(desk, product, severity);
                cited.extend(checklist::phone_required(&plan));
                cited.extend(checklist::readings(&plan, product.slug));
                sources.push(checklist::channels(&plan).1);
            }
        }
    }
    cited.extend(
        delivery::READINGS
            .iter()
            .chain(delivery::RETURN_FACTS)
            .chain(delivery::FACTS)
            .copied(),
    );
    cited.extend([end_of_sale::RULE, end_of_sale::LIMITED_AFTER_EOSM]);
    cited.extend(
        end_of_sale::FACTS
            .iter()
            .chain(end_of_sale::READINGS)
            .copied(),
    );
    cited.extend(
        account_domain::ACCOUNT_FACTS
            .iter()
            .chain(account_domain::READINGS)
            .copied()
            .chain([account_domain::ACCOUNT_CONTACT]),
    );
    cited.extend(super::severity::READINGS.iter().copied());
    cited.push(checklist::CONTRACT_UNKNOWN);
    sources.extend([
        tac::ESCALATION_SOURCE,
        tac::GLOBAL_ESCALATION_SOURCE,
        tac::NOT_COVERED_SOURCE,
        account_domain::APPLICATION_SOURCE,
        account_domain::CONTACT_SOURCE,
        account_domain::TABLE_SOURCE,
    ]);
    sources.extend(account_domain::APPROVAL_SOURCES);
    sources.push(super::severity::COMMON_SOURCE);
    sources.extend(super::severity::FAMILIES.iter().map(|f| f.source));
    sources.extend(cited.iter().map(|c| c.source));
    for (_, info, links) in super::every_tool() {
        sources.push(info.source);
        sources.extend(links.iter().map(|link| link.source));
    }
    sources
}

/// A citation's section heading is in its guide at or before its first cited line (within a
/// chapter's reach), and its lines exist: a citation cannot silently drift.
#[test]
fn every_citation_points_at_its_section() {
    let sources = every_source();
    assert!(sources.len() > 60, "{}", sources.len());
    for guide in [Guide::TechnicalServices, Guide::SmartAccount] {
        let text = guide_text(guide);
        let lines: Vec<&str> = text.lines().collect();
        for source in sources.iter().filter(|s| s.guide == guide) {
            let (first, last) = (source.lines.0 as usize, source.lines.1 as usize);
            assert!(
                first >= 1 && first <= last && last <= lines.len(),
                "{source:?}: lines out of the guide"
            );
            let from = first.saturating_sub(300);
            let heading = lines[from..first]
                .iter()
                .any(|line| line.contains(source.section));
            assert!(
                heading,
                "{source:?}: \"{}\" is not in the 300 lines up to line {first}",
                source.section
            );
        }
    }
}

/// Every link's citation covers lines of its guide that name it (its address without the scheme
/// and the closing slash): a link is never cited to a section about something else.
#[test]
fn every_link_is_cited_where_the_guide_names_it() {
    let services = guide_text(Guide::TechnicalServices);
    let smart = guide_text(Guide::SmartAccount);
    let mut checked = 0;
    for (tool, _, links) in super::every_tool() {
        for link in links {
            let text = match link.source.guide {
                Guide::TechnicalServices => &services,
                Guide::SmartAccount => &smart,
            };
            let (first, last) = (link.source.lines.0 as usize, link.source.lines.1 as usize);
            let cited: Vec<&str> = text
                .lines()
                .skip(first - 1)
                .take(last + 1 - first)
                .collect();
            let address = super::links::bare_address(link.url);
            assert!(
                cited.iter().any(|line| line.contains(address)),
                "{tool:?}: {} is cited to {:?}, whose lines do not name it",
                link.url,
                link.source
            );
            checked += 1;
        }
    }
    assert!(checked > 20, "{checked}");
}

/// One row of a guide's table in `docs/guide-coverage.md`: its lines and whether it names a tool.
struct CoverageRow {
    text: String,
    lines: (usize, usize),
    names_a_tool: bool,
}

/// The rows of the table under `heading`; a row's lines are the last "(first–last)" or "(line)" in
/// its first cell.
fn coverage_rows(coverage: &str, heading: &str) -> Vec<CoverageRow> {
    let table = coverage
        .split("\n## ")
        .find(|part| part.starts_with(heading))
        .unwrap_or_else(|| panic!("no \"## {heading}\" in docs/guide-coverage.md"));
    let mut rows = Vec::new();
    for line in table.lines().filter(|l| l.starts_with("| ")) {
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let (Some(first), Some(place)) = (cells.get(1), cells.get(2)) else {
            continue;
        };
        let Some(open) = first.rfind('(') else {
            continue;
        };
        let inside = first[open + 1..].split(')').next().unwrap_or("");
        let numbers: Vec<usize> = inside
            .split(['–', '-'])
            .map(|n| n.trim().parse::<usize>())
            .collect::<Result<_, _>>()
            .unwrap_or_default();
        let lines = match numbers.as_slice() {
            [one] => (*one, *one),
            [from, to] => (*from, *to),
            _ => continue,
        };
        rows.push(CoverageRow {
            text: (*first).to_owned(),
            lines,
            names_a_tool: !place.starts_with("out of scope"),
        });
    }
    rows
}

/// The coverage document has no holes: in each guide, its rows' line ranges are in order, do not
/// overlap, and hold every non-blank line; and every row that names a tool has content cited
/// inside its range (so a row cannot claim what no tool shows).
#[test]
fn the_coverage_rows_tile_each_guide_and_each_claim_is_cited() {
    let coverage = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/guide-coverage.md"),
    )
    .expect("docs/guide-coverage.md");
    let sources = every_source();
    let mut problems = Vec::new();
    for (guide, heading) in [
        (Guide::TechnicalServices, "Technical services user guide"),
        (Guide::SmartAccount, "Smart Account creation guide"),
    ] {
        let text = guide_text(guide);
        let rows = coverage_rows(&coverage, heading);
        assert!(rows.len() > 10, "{heading}: {} rows", rows.len());
        for pair in rows.windows(2) {
            if pair[1].lines.0 <= pair[0].lines.1 {
                problems.push(format!(
                    "{heading}: \"{}\" overlaps \"{}\"",
                    pair[0].text, pair[1].text
                ));
            }
        }
        for (number, line) in text.lines().enumerate().map(|(i, l)| (i + 1, l)) {
            if line.trim().is_empty() {
                continue;
            }
            let holders = rows
                .iter()
                .filter(|row| row.lines.0 <= number && number <= row.lines.1)
                .count();
            if holders == 0 {
                problems.push(format!(
                    "{heading}: line {number} is in no row: {}",
                    line.trim()
                ));
            }
        }
        let last = text.lines().count();
        if let Some(row) = rows.iter().find(|row| row.lines.1 > last) {
            problems.push(format!(
                "{heading}: \"{}\" runs past the last line ({last})",
                row.text
            ));
        }
        for row in rows.iter().filter(|row| row.names_a_tool) {
            let cited = sources.iter().any(|source| {
                source.guide == guide
                    && row.lines.0 <= source.lines.0 as usize
                    && source.lines.1 as usize <= row.lines.1
            });
            if !cited {
                problems.push(format!(
                    "{heading}: \"{}\" names a tool, but no content is cited inside its lines",
                    row.text
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
