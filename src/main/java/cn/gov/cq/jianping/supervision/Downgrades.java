package cn.gov.cq.jianping.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;

import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.publicity.GradeLookup;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.supervision.model.GradeConsequences;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * 第二十条: a bureau decision lowers a confirmed grade; the lowered grade brings its measures
 * and the public lookup shows it.
 */
@Service
class Downgrades {

	private final JdbcTemplate jdbc;

	private final InstitutionRegistry registry;

	private final GradeManagement grades;

	private final GradeMeasures measures;

	private final Clock clock;

	private final GradeLookup lookup;

	Downgrades(JdbcTemplate jdbc, InstitutionRegistry registry, GradeManagement grades, GradeMeasures measures,
			Clock clock, GradeLookup lookup) {
		this.jdbc = jdbc;
		this.registry = registry;
		this.grades = grades;
		this.measures = measures;
		this.clock = clock;
		this.lookup = lookup;
	}

	/**
	 * Why lowering the institution's grade to {@code newGrade} would be refused; empty if
	 * it may.
	 */
	Optional<String> refusal(long institutionId, Grade newGrade) {
		Optional<GradeManagement.Standing> standing = this.grades.standing(institutionId);
		if (standing.isEmpty()) {
			return Optional.of("该机构尚无已确定的评估等级，不能降级");
		}
		Grade current = standing.get().grade();
		return newGrade.isLowerThan(current) ? Optional.empty() : Optional.of("新的等级须低于当前等级“" + current.label() + "”");
	}

	@Transactional
	void downgrade(long institutionId, Grade newGrade) {
		refusal(institutionId, newGrade).ifPresent(reason -> {
			throw new SupervisionRejectedException(reason);
		});
		InstitutionView institution = this.registry.find(institutionId).orElseThrow();
		GradeManagement.Standing standing = this.grades.standing(institutionId).orElseThrow();
		GradeConsequences consequences = this.measures.consequencesOf(newGrade);
		this.jdbc.update("""
				update grade_standing set grade = ?, key_monitoring = ?, inspection_exempt = ?, renewal_exempt = ?,
				    inspections_per_year = ?, version = version + 1 where institution_id = ?""", newGrade.name(),
				consequences.keyMonitoring(), consequences.inspectionExempt(), consequences.renewalExempt(),
				consequences.inspectionsPerYear(), institutionId);
		this.jdbc.update("""
				insert into confirmed_grade (entry_id, source, institution_id, credit_code, institution_name,
				    institution_type, district_code, grade, round_year, confirmed_at)
				values (null, 'DOWNGRADE', ?, ?, ?, ?, ?, ?, ?, ?)""", institutionId, institution.creditCode(),
				institution.name(), institution.type().label(), institution.districtCode(), newGrade.name(),
				standing.roundYear(), Timestamp.from(this.clock.instant()));
		// A grade lowered to 基本合格 or 不合格 brings the same measures as one confirmed so.
		this.measures.apply(institutionId, consequences, this.clock.instant(), "降级后的评估等级");
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				Downgrades.this.lookup.evictAll();
			}
		});
	}

}
