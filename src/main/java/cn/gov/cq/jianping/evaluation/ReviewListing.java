package cn.gov.cq.jianping.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.rubric.RubricDefinition;
import cn.gov.cq.jianping.scoring.RuleSets;
import cn.gov.cq.jianping.scoring.model.ConsensusDeviation;
import cn.gov.cq.jianping.scoring.model.VetoSeverity;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 市局审核 as a read model: the round's cases awaiting or past the bureau's review with the
 * self, district and panel totals and the panel's vetoes side by side, filtered, counted
 * and paged in SQL. A page costs a fixed handful of statements: the counts, the rows
 * (totals as subqueries), the vetoes and the 组长合议 deviations of the page's panel sheets,
 * and one rule set per rubric.
 */
@Service
public class ReviewListing {

	static final List<CaseStage> STAGES = List.of(CaseStage.BUREAU_REVIEW, CaseStage.APPROVED);

	private static final String IN_REVIEW = "c.stage in ('" + CaseStage.BUREAU_REVIEW.name() + "', '"
			+ CaseStage.APPROVED.name() + "')";

	private final NamedParameterJdbcTemplate jdbc;

	private final RuleSets ruleSets;

	ReviewListing(JdbcTemplate jdbc, RuleSets ruleSets) {
		this.jdbc = new NamedParameterJdbcTemplate(jdbc);
		this.ruleSets = ruleSets;
	}

	/** Who approved a case and when. */
	public record Approved(String by, Instant at) {
	}

	/** A page of the review with the approvals of its approved rows. */
	public record ReviewPage(ListPage<CaseViews.ReviewRow> list, Map<Long, Approved> approvals, long pending) {
	}

	/** Reads a review query from request parameters; the round is the page's. */
	public static PageQuery query(long roundId, Map<String, String> params) {
		Map<String, String> withRound = new HashMap<>(params);
		withRound.put("round", String.valueOf(roundId));
		return PageQuery.of(withRound, CaseFilters.NAMES, List.of("institution", "stage", "grade", "id"), "institution",
				false);
	}

	@Transactional(readOnly = true)
	public ReviewPage page(CurrentUser user, long roundId, PageQuery query) {
		CaseAccess.requireRole(user, Role.BUREAU, Role.CENTER);
		CaseFilters countFilters = CaseFilters.scopeOf(user).with(query, false).and(IN_REVIEW, null, null);
		List<ListPage.Count> counts = new ArrayList<>();
		Map<String, Long> byStage = new HashMap<>();
		this.jdbc.query(
				"select c.stage, count(*) as n from evaluation_case c" + countFilters.where() + " group by c.stage",
				countFilters.params(), rs -> {
					byStage.put(rs.getString("stage"), rs.getLong("n"));
				});
		STAGES.forEach(s -> counts.add(new ListPage.Count(s.name(), s.label(), byStage.getOrDefault(s.name(), 0L))));
		CaseStage stage = query.enumFilter("stage", CaseStage.class);
		long total = counts.stream()
			.filter(c -> stage == null || c.value().equals(stage.name()))
			.mapToLong(ListPage.Count::count)
			.sum();
		CaseFilters filters = CaseFilters.scopeOf(user).with(query, true).and(IN_REVIEW, null, null);
		filters.params().addValue("limit", query.size()).addValue("offset", query.offset());
		List<Line> lines = this.jdbc.query("""
				select c.id, c.institution_name, c.rubric_code, c.stage, c.rule_set_id, c.initial_total,
				    c.initial_grade, c.self_skipped, c.district_skipped, c.approved_by, c.approved_at,
				    (select s.total from score_sheet s where s.case_id = c.id and s.kind = 'SELF' and s.author = 'SELF'
				        and s.status = 'SUBMITTED') as self_total,
				    (select s.total from score_sheet s where s.case_id = c.id and s.kind = 'DISTRICT'
				        and s.author = 'DISTRICT' and s.status = 'SUBMITTED') as district_total,
				    (select s.id from score_sheet s where s.case_id = c.id and s.kind = 'PANEL' and s.author = 'PANEL')
				        as panel_sheet
				from evaluation_case c""" + filters.where() + orderBy(query) + " limit :limit offset :offset",
				filters.params(), (rs, n) -> {
					Timestamp at = rs.getTimestamp("approved_at");
					return new Line(rs.getLong("id"), rs.getString("institution_name"),
							RubricCode.valueOf(rs.getString("rubric_code")), CaseListing.stageOf(rs.getString("stage")),
							rs.getLong("rule_set_id"), rs.getBigDecimal("initial_total"), rs.getString("initial_grade"),
							rs.getBoolean("self_skipped"), rs.getBoolean("district_skipped"),
							rs.getString("approved_by"), at == null ? null : at.toInstant(),
							rs.getBigDecimal("self_total"), rs.getBigDecimal("district_total"),
							(Long) rs.getObject("panel_sheet"));
				});
		Map<Long, List<CaseViews.VetoView>> vetoes = vetoes(lines);
		Map<Long, List<ConsensusDeviation>> deviations = deviations(lines);
		List<CaseViews.ReviewRow> rows = new ArrayList<>();
		Map<Long, Approved> approvals = new HashMap<>();
		for (Line line : lines) {
			boolean gap = gap(line.self(), line.panel()) || gap(line.district(), line.panel());
			rows.add(new CaseViews.ReviewRow(line.id(), line.name(), line.rubric(), line.stage(), line.self(),
					line.district(), line.panel(), CaseListing.grade(line.grade()),
					vetoes.getOrDefault(line.id(), List.of()), gap, line.selfSkipped(), line.districtSkipped(),
					deviations.getOrDefault(line.id(), List.of())));
			if (line.stage() == CaseStage.APPROVED) {
				approvals.put(line.id(), new Approved(line.approvedBy(), line.approvedAt()));
			}
		}
		ListPage<CaseViews.ReviewRow> list = new ListPage<>(rows, total, query, "/rounds/" + roundId + "/review",
				CaseFilters.choices(user, List.of(), STAGES).stream().filter(f -> !f.name().equals("round")).toList(),
				counts, "stage");
		return new ReviewPage(list, approvals, byStage.getOrDefault(CaseStage.BUREAU_REVIEW.name(), 0L));
	}

	/** The vetoes of the page's panel sheets in one statement, worded by their rubric. */
	private Map<Long, List<CaseViews.VetoView>> vetoes(List<Line> lines) {
		Map<Long, Line> bySheet = new HashMap<>();
		lines.stream().filter(l -> l.panelSheet() != null).forEach(l -> bySheet.put(l.panelSheet(), l));
		Map<Long, List<CaseViews.VetoView>> byCase = new HashMap<>();
		if (bySheet.isEmpty()) {
			return byCase;
		}
		Map<Long, RubricDefinition> rubrics = new HashMap<>();
		this.jdbc.query(
				"select sheet_id, code, severity, reason from sheet_veto where sheet_id in (:sheets) order by sheet_id, code",
				Map.of("sheets", bySheet.keySet()), rs -> {
					Line line = bySheet.get(rs.getLong("sheet_id"));
					RubricDefinition rubric = rubrics.computeIfAbsent(line.ruleSetId(),
							id -> this.ruleSets.ruleSet(id).rubric());
					String code = rs.getString("code");
					String severity = rs.getString("severity");
					byCase.computeIfAbsent(line.id(), id -> new ArrayList<>())
						.add(new CaseViews.VetoView(code, rubric.veto(code).map(v -> v.text()).orElse(code),
								severity == null ? null : VetoSeverity.valueOf(severity), rs.getString("reason")));
				});
		return byCase;
	}

	/**
	 * Every 组长合议 score of the page's panel sheets outside the range its experts gave, in
	 * one statement: the set-based form of {@link CaseSheets#findings}.
	 */
	private Map<Long, List<ConsensusDeviation>> deviations(List<Line> lines) {
		Map<Long, Line> bySheet = new HashMap<>();
		lines.stream().filter(l -> l.panelSheet() != null).forEach(l -> bySheet.put(l.panelSheet(), l));
		Map<Long, List<ConsensusDeviation>> byCase = new HashMap<>();
		if (bySheet.isEmpty()) {
			return byCase;
		}
		this.jdbc.query("""
				select ps.id as sheet_id, pe.code, pe.value as consensus, pe.note,
				    min(ee.value) as low, max(ee.value) as high
				from score_sheet ps
				join sheet_entry pe on pe.sheet_id = ps.id and pe.value is not null
				join score_sheet es on es.case_id = ps.case_id and es.kind = 'EXPERT' and es.status = 'SUBMITTED'
				join sheet_entry ee on ee.sheet_id = es.id and ee.code = pe.code and ee.value is not null
				where ps.id in (:sheets)
				group by ps.id, pe.code, pe.value, pe.note
				having pe.value < min(ee.value) or pe.value > max(ee.value)
				order by ps.id, pe.code""", Map.of("sheets", bySheet.keySet()), rs -> {
			String note = rs.getString("note");
			byCase.computeIfAbsent(bySheet.get(rs.getLong("sheet_id")).id(), id -> new ArrayList<>())
				.add(new ConsensusDeviation(rs.getString("code"), rs.getBigDecimal("consensus"),
						rs.getBigDecimal("low"), rs.getBigDecimal("high"), note == null ? "（未填写理由）" : note));
		});
		return byCase;
	}

	private static String orderBy(PageQuery query) {
		String column = switch (query.sort()) {
			case "stage" -> "c.stage";
			case "grade" -> "c.initial_grade";
			case "id" -> "c.id";
			default -> "c.institution_name";
		};
		String dir = query.descending() ? " desc" : " asc";
		return " order by " + column + dir + " nulls last, c.id" + dir;
	}

	private static boolean gap(BigDecimal a, BigDecimal b) {
		return a != null && b != null && a.subtract(b).abs().compareTo(BureauApprovals.LARGE_GAP) >= 0;
	}

	/** A row as read, before the vetoes are added. */
	private record Line(long id, String name, RubricCode rubric, CaseStage stage, long ruleSetId, BigDecimal panel,
			String grade, boolean selfSkipped, boolean districtSkipped, String approvedBy, Instant approvedAt,
			BigDecimal self, BigDecimal district, Long panelSheet) {
	}

}
