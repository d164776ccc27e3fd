package cn.gov.cq.jianping.supervision;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;

import cn.gov.cq.jianping.audit.AuditLog;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import cn.gov.cq.jianping.shared.ClusterLock;
import cn.gov.cq.jianping.shared.TimeConfiguration;

/**
 * 第十八条: rectification orders not completed within their deadline become overdue, and the
 * cancellation of the institution's registration is proposed to the bureau.
 */
@Service
public class OverdueRectifications {

	/** When the job runs (Asia/Shanghai), and the property that changes it. */
	static final String CRON_PROPERTY = "jianping.rectification.cron";

	static final String DEFAULT_CRON = "0 10 0 * * *";

	static final long OVERDUE_LOCK_KEY = 2021_33_18L;

	private final RectificationOrderRepository orders;

	private final SupervisionDecisionRepository decisions;

	private final AuditLog auditLog;

	private final ClusterLock lock;

	private final Clock clock;

	OverdueRectifications(RectificationOrderRepository orders, SupervisionDecisionRepository decisions,
			AuditLog auditLog, ClusterLock lock, Clock clock) {
		this.orders = orders;
		this.decisions = decisions;
		this.auditLog = auditLog;
		this.lock = lock;
		this.clock = clock;
	}

	@Scheduled(cron = "${" + CRON_PROPERTY + ":" + DEFAULT_CRON + "}", zone = TimeConfiguration.ZONE_ID)
	// Through the proxy: the claim and the job share one transaction, so the advisory
	// lock taken inside is held until the job commits (a self-call would have none).
	@Transactional
	public void scheduled() {
		if (this.lock.claimFiring("overdue-rectifications", CRON_PROPERTY, DEFAULT_CRON, this.clock.instant())) {
			markOverdue();
		}
	}

	/**
	 * Daily: open orders past their deadline become overdue and a cancellation is
	 * proposed; idempotent. An order whose report awaits verification is left to the
	 * verifier.
	 */
	@Transactional
	public int markOverdue() {
		if (!this.lock.tryLockForTransaction(OVERDUE_LOCK_KEY)) {
			return 0;
		}
		LocalDate today = LocalDate.now(this.clock);
		int marked = 0;
		// A report submitted in time waits for verification: the office's delay is not
		// the institution's.
		for (RectificationOrder order : this.orders
			.findByStatusInOrderByDeadlineAsc(EnumSet.of(RectificationOrder.Status.OPEN))) {
			if (order.markOverdueIfDue(today)) {
				this.decisions.save(
						new SupervisionDecision(order.getInstitutionId(), SupervisionDecision.Kind.CANCEL_REGISTRATION,
								"第十八条：限期内未按要求完成整改（整改通知 " + order.getId() + "，期限 " + order.getDeadline() + "）", null,
								GradeManagement.SYSTEM.getUsername(), this.clock.instant()));
				this.auditLog.record(GradeManagement.SYSTEM.getUsername(), "整改逾期，提请取消备案", "INSTITUTION",
						order.getInstitutionId(), "整改通知 " + order.getId());
				marked++;
			}
		}
		return marked;
	}

}
