package cn.gov.cq.jianping.publicity;

import java.sql.Timestamp;
import java.time.Instant;

import cn.gov.cq.jianping.evaluation.CaseTimeline;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第十二条, for one entry: its grade becomes final when the period is over and no objection
 * is open or upheld; the confirmed grade is recorded for the lookup and
 * {@link GradeConfirmed} is published in the same transaction.
 */
@Component
class EntryConfirmation {

	private final PublicityEntryRepository entries;

	private final PublicityRepository publicities;

	private final ObjectionRepository objections;

	private final CaseTimeline cases;

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	EntryConfirmation(PublicityEntryRepository entries, PublicityRepository publicities, ObjectionRepository objections,
			CaseTimeline cases, JdbcTemplate jdbc, ApplicationEventPublisher events) {
		this.entries = entries;
		this.publicities = publicities;
		this.objections = objections;
		this.cases = cases;
		this.jdbc = jdbc;
		this.events = events;
	}

	/** Confirms one entry if its period is over and no objection is open or upheld. */
	@Transactional
	boolean confirmIfDue(PublicityEntry entry, Instant now) {
		if (entry.getStatus() != PublicityEntry.Status.UNDER_NOTICE) {
			return false;
		}
		Publicity publicity = this.publicities.findById(entry.getPublicityId()).orElseThrow();
		if (!publicity.period().hasEndedAt(now)) {
			return false;
		}
		// Waits for an objection being filed on this entry to commit, so it is counted
		// below (read committed: each statement sees what was committed before it began).
		if (!PublicityEntry.Status.UNDER_NOTICE.name().equals(this.objections.lockEntryStatus(entry.getId()))) {
			return false;
		}
		if (this.objections.countByEntryIdAndStatus(entry.getId(), Objection.Status.SUBMITTED) > 0
				|| this.objections.countByEntryIdAndStatus(entry.getId(), Objection.Status.UPHELD) > 0) {
			return false;
		}
		entry.confirm(now);
		this.entries.save(entry);
		this.jdbc.update("""
				insert into confirmed_grade (entry_id, institution_id, credit_code, institution_name, institution_type,
				    district_code, grade, round_year, confirmed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (entry_id) do nothing""", entry.getId(),
				entry.getInstitutionId(), entry.getCreditCode(), entry.getInstitutionName(), entry.getInstitutionType(),
				entry.getDistrictCode(), entry.getGrade().name(), entry.getRoundYear(), Timestamp.from(now));
		boolean hadObjections = !this.objections.findByEntryIdOrderByIdAsc(entry.getId()).isEmpty();
		this.cases.recordOnTimeline(entry.getCaseId(), "系统", "等级确定",
				(hadObjections ? "公示期满，异议经核查不成立" : "公示期满无异议") + "，确定等级“" + entry.getGrade().label() + "”");
		this.events.publishEvent(new GradeConfirmed(entry.getInstitutionId(), entry.getCaseId(), entry.getGrade(),
				entry.getRoundYear(), now));
		return true;
	}

}
