package cn.gov.cq.jianping.publicity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Retention of objectors' personal data: kept for the retention period after the decision
 * (three years by default), then erased while the objection itself stays on record.
 */
@Service
public class ObjectionRetention {

	private final ObjectionRepository objections;

	private final Clock clock;

	private final int retentionDays;

	ObjectionRetention(ObjectionRepository objections, Clock clock,
			@Value("${jianping.objection.retention-days:1095}") int retentionDays) {
		this.objections = objections;
		this.clock = clock;
		this.retentionDays = retentionDays;
	}

	/** How long personal data is kept, in whole years, as the public form states it. */
	public int retentionYears() {
		return Math.max(1, this.retentionDays / 365);
	}

	/**
	 * Erases the personal data of objections decided longer ago than the retention
	 * period.
	 */
	@Transactional
	public int erasePersonalDataPastRetention() {
		Instant now = this.clock.instant();
		List<Objection> old = this.objections
			.findByPersonalDataErasedAtIsNullAndDecidedAtBefore(now.minus(Duration.ofDays(this.retentionDays)));
		old.forEach(o -> o.erasePersonalData(now));
		return old.size();
	}

}
