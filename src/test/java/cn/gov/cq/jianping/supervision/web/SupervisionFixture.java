package cn.gov.cq.jianping.supervision.web;

import java.time.Clock;
import java.time.LocalDate;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionForm;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionType;
import cn.gov.cq.jianping.publicity.GradeConfirmed;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.CreditCode;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Institutions of the supervision page tests' own, with unique names, and grades
 * confirmed as publicity confirms them.
 */
record SupervisionFixture(InstitutionRegistry registry, ApplicationEventPublisher events,
		TransactionTemplate transactions, Clock clock) {

	static final CurrentUser CENTER = CurrentUser.of(Role.CENTER, null, null);

	static final String YUBEI = "500112";

	static final String YUZHONG = "500103";

	/** A new institution, registered by the district given or (null) by the city. */
	long institution(String label, String district) {
		String serial = String.format("%07d", Math.abs(System.nanoTime() % 10_000_000));
		String first17 = "52" + (district == null ? "500000" : district) + "WP" + serial;
		LocalDate registered = LocalDate.now(this.clock).minusYears(2);
		return this.registry.create(CENTER,
				new InstitutionForm("监管页面" + label + serial + "评价中心", first17 + CreditCode.checkCharacter(first17),
						district == null ? InstitutionType.APPRAISAL : InstitutionType.LEVEL,
						district == null ? "CITY" : district, "监页测备〔2024〕" + serial + "号", registered,
						registered.plusYears(3), "电工", "某地", "测试", "13800005555", null));
	}

	void confirm(long institutionId, Grade grade) {
		this.transactions.executeWithoutResult(status -> this.events
			.publishEvent(new GradeConfirmed(institutionId, 0, grade, 2026, this.clock.instant())));
	}

	String name(long institutionId) {
		return this.registry.find(institutionId).orElseThrow().name();
	}

}
