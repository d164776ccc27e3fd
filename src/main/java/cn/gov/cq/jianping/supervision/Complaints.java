package cn.gov.cq.jianping.supervision;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.DailyFact;
import cn.gov.cq.jianping.evaluation.DailyRecordContributor;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.supervision.model.ComplaintWarning;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 投诉举报 register (第二十条). Verified complaints reach the experts of the next round: counted
 * for the 质量投诉 criteria and raising the veto warning on two within six months.
 */
@Service
public class Complaints implements DailyRecordContributor {

	private final JdbcTemplate jdbc;

	private final SupervisionScope scope;

	private final AuditLog auditLog;

	private final Clock clock;

	Complaints(JdbcTemplate jdbc, SupervisionScope scope, AuditLog auditLog, Clock clock) {
		this.jdbc = jdbc;
		this.scope = scope;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A complaint as the pages show it. */
	public record ComplaintView(long id, long institutionId, String source, String content, LocalDate receivedOn,
			Boolean verified, String verificationResult, String verifiedBy, String recordedBy) {
	}

	@Transactional
	public long record(CurrentUser user, long institutionId, String source, String content, LocalDate receivedOn) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		if (source == null || source.isBlank() || content == null || content.isBlank()) {
			throw new SupervisionRejectedException("请填写投诉举报来源和内容");
		}
		if (receivedOn == null || receivedOn.isAfter(LocalDate.now(this.clock))) {
			throw new SupervisionRejectedException("请填写收到日期（不能晚于今天）");
		}
		Long id = this.jdbc.queryForObject("""
				insert into complaint (institution_id, source, content, received_on, recorded_by)
				values (?, ?, ?, ?, ?) returning id""", Long.class, institutionId, source.trim(), content.trim(),
				Date.valueOf(receivedOn), user.getUsername());
		this.auditLog.record(user.getUsername(), "登记投诉举报", "INSTITUTION", institutionId, source.trim());
		return id;
	}

	@Transactional
	public void verify(CurrentUser user, long complaintId, boolean verified, String result) {
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		Long institutionId = this.jdbc.query("select institution_id from complaint where id = ?",
				rs -> rs.next() ? rs.getLong(1) : null, complaintId);
		if (institutionId == null || !this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到投诉举报");
		}
		if (result == null || result.isBlank()) {
			throw new SupervisionRejectedException("请填写核查结果");
		}
		this.jdbc.update(
				"update complaint set verified = ?, verification_result = ?, verified_by = ?, version = version + 1 where id = ?",
				verified, result.trim(), user.getUsername(), complaintId);
		this.auditLog.record(user.getUsername(), verified ? "投诉举报核查属实" : "投诉举报核查不属实", "INSTITUTION", institutionId,
				result.trim());
	}

	@Transactional(readOnly = true)
	public List<ComplaintView> of(CurrentUser user, long institutionId) {
		// Complainants are not shown to the institution complained about.
		Rectifications.requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		return this.jdbc.query("select * from complaint where institution_id = ? order by received_on desc, id desc",
				(rs, n) -> new ComplaintView(rs.getLong("id"), institutionId, rs.getString("source"),
						rs.getString("content"), rs.getDate("received_on").toLocalDate(),
						(Boolean) rs.getObject("verified"), rs.getString("verification_result"),
						rs.getString("verified_by"), rs.getString("recorded_by")),
				institutionId);
	}

	/** What the experts see of complaints, as of today. */
	@Override
	@Transactional(readOnly = true)
	public List<String> linesFor(long institutionId) {
		return linesFor(institutionId, LocalDate.now(this.clock));
	}

	/**
	 * What the experts see of complaints when they score the institution's case: every
	 * verified complaint by report date up to the round's reference date, the count of
	 * the year before it (质量投诉) and the warning of 半年内两次 (six months before it).
	 */
	@Override
	@Transactional(readOnly = true)
	public List<String> linesFor(long institutionId, LocalDate referenceDate) {
		List<VerifiedComplaint> verified = verifiedUpTo(institutionId, referenceDate);
		List<String> lines = new ArrayList<>();
		LocalDate halfYear = referenceDate.minusMonths(6);
		for (VerifiedComplaint complaint : verified) {
			lines.add(
					"投诉举报（经核查属实）：" + complaint.receivedOn() + (complaint.receivedOn().isBefore(halfYear) ? "" : "（半年内）")
							+ " 来源 " + complaint.source() + "；核查结果：" + complaint.result());
		}
		lines.add("近一年经核查属实的投诉举报：" + inLastYear(verified, referenceDate).size() + " 次（供“质量投诉”评分参考）");
		ComplaintWarning.check(dates(verified), referenceDate).ifPresent(lines::add);
		return lines;
	}

	/**
	 * 质量投诉 is prefilled with the verified complaints of the year before the reference
	 * date; two within six months suggest the complaint veto.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<DailyFact> factsFor(long institutionId, LocalDate referenceDate) {
		List<VerifiedComplaint> verified = verifiedUpTo(institutionId, referenceDate);
		List<LocalDate> lastYear = dates(inLastYear(verified, referenceDate));
		List<DailyFact> facts = new ArrayList<>();
		facts.add(new DailyFact(DailyFact.Kind.VERIFIED_COMPLAINTS, lastYear.size(),
				"投诉举报登记：" + referenceDate.minusYears(1) + " 至 " + referenceDate + " 经核查属实 " + lastYear.size() + " 次"
						+ (lastYear.isEmpty() ? "" : "（" + join(lastYear) + "）")));
		List<LocalDate> halfYear = ComplaintWarning.withinSixMonths(dates(verified), referenceDate);
		if (halfYear.size() >= ComplaintWarning.THRESHOLD) {
			facts.add(new DailyFact(DailyFact.Kind.COMPLAINTS_WITHIN_SIX_MONTHS, halfYear.size(),
					"投诉举报登记：半年内经核查属实 " + halfYear.size() + " 次（" + join(halfYear) + "）"));
		}
		return facts;
	}

	private record VerifiedComplaint(LocalDate receivedOn, String source, String result) {
	}

	private List<VerifiedComplaint> verifiedUpTo(long institutionId, LocalDate referenceDate) {
		return this.jdbc.query("""
				select received_on, source, verification_result from complaint
				where institution_id = ? and verified = true and received_on <= ? order by received_on, id""",
				(rs, n) -> new VerifiedComplaint(rs.getDate("received_on").toLocalDate(), rs.getString("source"),
						rs.getString("verification_result")),
				institutionId, Date.valueOf(referenceDate));
	}

	private static List<VerifiedComplaint> inLastYear(List<VerifiedComplaint> verified, LocalDate referenceDate) {
		return verified.stream().filter(c -> !c.receivedOn().isBefore(referenceDate.minusYears(1))).toList();
	}

	private static List<LocalDate> dates(List<VerifiedComplaint> complaints) {
		return complaints.stream().map(VerifiedComplaint::receivedOn).toList();
	}

	private static String join(List<LocalDate> dates) {
		return String.join("、", dates.stream().map(LocalDate::toString).toList());
	}

}
