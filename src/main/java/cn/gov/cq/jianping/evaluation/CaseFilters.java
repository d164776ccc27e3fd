package cn.gov.cq.jianping.evaluation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import cn.gov.cq.jianping.evaluation.model.CaseStage;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.DataScope;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.rubric.RubricCode;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.Districts;
import cn.gov.cq.jianping.shared.web.list.ListPage;
import cn.gov.cq.jianping.shared.web.list.PageQuery;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL {@code where} of a case list: the user's scope (as {@link DataScope} and the
 * experts' panels) and the filters of a {@link PageQuery} — round, stage, district, type,
 * grade, text — every value bound, never spliced. Case rows are aliased {@code c}.
 */
final class CaseFilters {

	static final List<String> NAMES = List.of("round", "stage", "district", "type", "grade");

	private final StringBuilder where = new StringBuilder(" where true");

	private final MapSqlParameterSource params = new MapSqlParameterSource();

	private CaseFilters() {
	}

	/** The user's scope only; nobody (an admin, an unknown role) sees no case. */
	static CaseFilters scopeOf(CurrentUser user) {
		CaseFilters filters = new CaseFilters();
		if (user.hasRole(Role.EXPERT)) {
			filters.where
				.append(" and c.id in (select m.case_id from panel_member m join expert e on e.id = m.expert_id"
						+ " where e.username = :username)");
			filters.params.addValue("username", user.getUsername());
			return filters;
		}
		DataScope scope = DataScope.of(user);
		if (scope.isNone()) {
			filters.where.append(" and false");
		}
		else if (!scope.all()) {
			filters.where.append(" and (c.institution_id = :institutionId"
					+ " or (c.via_district and c.district_code = :districtCode))");
			filters.params.addValue("institutionId", scope.institutionIdOrNone());
			filters.params.addValue("districtCode", scope.districtCodeOrNone());
		}
		return filters;
	}

	/** Adds the query's filters; the stage filter too unless counting per stage. */
	CaseFilters with(PageQuery query, boolean withStage) {
		Long round = query.longFilter("round");
		if (round != null) {
			and("c.round_id = :round", "round", round);
		}
		CaseStage stage = query.enumFilter("stage", CaseStage.class);
		if (withStage && stage != null) {
			and("c.stage = :stage", "stage", stage.name());
		}
		String district = query.filter("district");
		if (district != null) {
			and("c.district_code = :district", "district", district);
		}
		RubricCode type = query.enumFilter("type", RubricCode.class);
		if (type != null) {
			and("c.rubric_code = :type", "type", type.name());
		}
		Grade grade = query.enumFilter("grade", Grade.class);
		if (grade != null) {
			and("coalesce(c.approved_grade, c.initial_grade) = :grade", "grade", grade.name());
		}
		if (query.text() != null) {
			and("c.institution_name ilike :text", "text", query.likePattern());
		}
		return this;
	}

	CaseFilters and(String condition, String name, Object value) {
		this.where.append(" and ").append(condition);
		if (name != null) {
			this.params.addValue(name, value);
		}
		return this;
	}

	String where() {
		return this.where.toString();
	}

	MapSqlParameterSource params() {
		return this.params;
	}

	/**
	 * The dropdowns within the user's scope: a district sees only its own district, an
	 * institution no district at all.
	 */
	static List<ListPage.Filter> choices(CurrentUser user, List<ListPage.Option> rounds, List<CaseStage> stages) {
		List<ListPage.Filter> filters = new ArrayList<>();
		filters.add(new ListPage.Filter("round", "评估批次", rounds));
		filters.add(new ListPage.Filter("stage", "环节",
				stages.stream().map(s -> new ListPage.Option(s.name(), s.label())).toList()));
		if (user.hasRole(Role.DISTRICT)) {
			filters.add(new ListPage.Filter("district", "区县",
					List.of(new ListPage.Option(user.districtCode(), Districts.all().nameOf(user.districtCode())))));
		}
		else if (!user.hasRole(Role.INSTITUTION)) {
			filters.add(new ListPage.Filter("district", "区县",
					Districts.all().list().stream().map(d -> new ListPage.Option(d.code(), d.name())).toList()));
		}
		filters.add(new ListPage.Filter("type", "机构类型",
				Arrays.stream(RubricCode.values()).map(r -> new ListPage.Option(r.name(), r.label())).toList()));
		filters.add(new ListPage.Filter("grade", "等级",
				Arrays.stream(Grade.values()).map(g -> new ListPage.Option(g.name(), g.label())).toList()));
		return filters;
	}

}
