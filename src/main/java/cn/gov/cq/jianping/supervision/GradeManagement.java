package cn.gov.cq.jianping.supervision;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.scoring.model.Grade;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 分类管理 (第十五条), as the pages read it: an institution's standing under its confirmed grade.
 * {@link GradeConfirmations} applies a confirmed grade, {@link Downgrades} a lowered one.
 */
@Service
public class GradeManagement {

	static final CurrentUser SYSTEM = new CurrentUser(0, "系统", "", "系统", Role.BUREAU, null, null, false, true);

	private final JdbcTemplate jdbc;

	private final SupervisionScope scope;

	private final GradeSettings settings;

	GradeManagement(JdbcTemplate jdbc, SupervisionScope scope, GradeSettings settings) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.settings = settings;
	}

	/** An institution's standing as the pages show it. */
	public record Standing(long institutionId, Grade grade, int roundYear, boolean keyMonitoring,
			boolean inspectionExempt, boolean renewalExempt, int inspectionsPerYear, LocalDate validUntil,
			String explanation) {
	}

	@Transactional(readOnly = true)
	public Optional<Standing> standing(long institutionId) {
		List<Standing> found = this.jdbc.query("select * from grade_standing where institution_id = ?", (rs, n) -> {
			Grade grade = Grade.valueOf(rs.getString("grade"));
			int year = rs.getInt("round_year");
			return new Standing(institutionId, grade, year, rs.getBoolean("key_monitoring"),
					rs.getBoolean("inspection_exempt"), rs.getBoolean("renewal_exempt"),
					rs.getInt("inspections_per_year"), validUntil(rs.getTimestamp("confirmed_at")),
					this.settings.consequencesOf(grade).explanation());
		}, institutionId);
		return found.stream().findFirst();
	}

	/**
	 * The standing as a user in scope sees it; outside their scope the institution is not
	 * found.
	 */
	@Transactional(readOnly = true)
	public Optional<Standing> standing(CurrentUser user, long institutionId) {
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		return standing(institutionId);
	}

	/**
	 * A grade stands until the next evaluation; shown as valid for three years from
	 * confirmation.
	 */
	private static LocalDate validUntil(Timestamp confirmedAt) {
		return LocalDate.ofInstant(confirmedAt.toInstant(), TimeConfiguration.ZONE).plusYears(3);
	}

}
