package cn.gov.cq.jianping.publicity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import cn.gov.cq.jianping.evaluation.EvaluationCases;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第十二条: when the period is over, an entry with no objection, or whose objections were all
 * found 不成立, is confirmed. The job is idempotent and, through a PostgreSQL advisory lock, runs in
 * one instance at a time however many are deployed.
 */
@Service
public class Confirmations {

	private static final Logger log = LoggerFactory.getLogger(Confirmations.class);

	/** Key of the advisory lock that serialises the job across instances. */
	static final long LOCK_KEY = 2021_33_12L;

	private final PublicityEntryRepository entries;

	private final PublicityRepository publicities;

	private final ObjectionRepository objections;

	private final EvaluationCases cases;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Confirmations(PublicityEntryRepository entries, PublicityRepository publicities, ObjectionRepository objections,
			EvaluationCases cases, JdbcTemplate jdbc, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.entries = entries;
		this.publicities = publicities;
		this.objections = objections;
		this.cases = cases;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${jianping.confirmation.cron:0 */5 * * * *}", zone = "Asia/Shanghai")
	public void scheduled() {
		int confirmed = confirmDue();
		if (confirmed > 0) {
			log.info("公示期满，已确定 {} 个机构的等级", confirmed);
		}
	}

	/** Confirms every entry that is due; returns how many. Running it again changes nothing. */
	@Transactional
	public int confirmDue() {
		Boolean locked = this.jdbc.queryForObject("select pg_try_advisory_xact_lock(?)", Boolean.class, LOCK_KEY);
		if (!Boolean.TRUE.equals(locked)) {
			return 0;
		}
		Instant now = this.clock.instant();
		int confirmed = 0;
		List<PublicityEntry> open = this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.UNDER_NOTICE);
		for (PublicityEntry entry : open) {
			if (confirmIfDue(entry, now)) {
				confirmed++;
			}
		}
		this.jdbc.update("insert into job_run (job_name, ran_at, result) values ('confirm-grades', ?, ?)",
				Timestamp.from(now), "确定 " + confirmed + " 个");
		return confirmed;
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
