package cn.gov.cq.jianping.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionStatus;
import cn.gov.cq.jianping.institution.InstitutionView;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 限期整改: the institution reports, the district office (for its institutions) or the center
 * verifies; a deadline missed leads to a cancellation proposal for the bureau (第十八条).
 */
@Service
public class Rectifications {

	private final RectificationOrderRepository orders;

	private final InstitutionRegistry registry;

	private final SupervisionScope scope;

	private final AuditLog auditLog;

	private final RectificationNotices notices;

	private final Clock clock;

	Rectifications(RectificationOrderRepository orders, InstitutionRegistry registry, SupervisionScope scope,
			AuditLog auditLog, RectificationNotices notices, Clock clock) {
		this.orders = orders;
		this.registry = registry;
		this.scope = scope;
		this.auditLog = auditLog;
		this.notices = notices;
		this.clock = clock;
	}

	/** An order as the pages show it. */
	public record OrderView(long id, long institutionId, String institutionName, String reason, LocalDate deadline,
			String status, boolean open, boolean reported, boolean overdue, String report, String verifiedBy,
			String verificationNote, long version, String issuedBy, Instant issuedAt, Instant reportedAt,
			String documentNumber) {
	}

	/**
	 * Whether a rectification order of the institution is not yet accepted (整改未完成): open,
	 * reported or overdue.
	 */
	@Transactional(readOnly = true)
	public boolean hasUnfinished(long institutionId) {
		return this.orders.findByInstitutionIdOrderByIdDesc(institutionId)
			.stream()
			.anyMatch(o -> o.getStatus() != RectificationOrder.Status.ACCEPTED);
	}

	/** A rectification to-do of the home page. */
	public record TodoLine(String key, long institutionId, String institutionName, String task, LocalDate deadline,
			boolean overdue, String href) {
	}

	/**
	 * Orders the user may see: an institution its own, a district those of its
	 * institutions.
	 */
	@Transactional(readOnly = true)
	public List<OrderView> visibleTo(CurrentUser user) {
		SupervisionScope.Listing visible = this.scope.forList(user);
		return this.orders.findAllByOrderByIdDesc()
			.stream()
			.filter(order -> visible.includes(order.getInstitutionId()))
			.map(order -> toView(order, visible.nameOf(order.getInstitutionId())))
			.toList();
	}

	/**
	 * What waits for the user: an institution its open orders; a district office or the
	 * center the reports awaiting verification and the overdue orders in its scope.
	 */
	@Transactional(readOnly = true)
	public List<TodoLine> todos(CurrentUser user) {
		if (!user.hasRole(Role.INSTITUTION) && !user.hasRole(Role.DISTRICT) && !user.hasRole(Role.CENTER)) {
			return List.of();
		}
		List<TodoLine> lines = new ArrayList<>();
		for (OrderView order : visibleTo(user)) {
			String task = null;
			if (user.hasRole(Role.INSTITUTION)) {
				if (order.open()) {
					task = "提交整改报告";
				}
			}
			else if (order.reported()) {
				task = "验收整改报告";
			}
			else if (order.overdue() && order.open()) {
				task = "整改已逾期";
			}
			if (task != null) {
				lines.add(new TodoLine("rect-" + order.id(), order.institutionId(), order.institutionName(), task,
						order.deadline(), order.overdue(), "/supervision/rectifications/" + order.id()));
			}
		}
		lines.sort(Comparator.comparing(TodoLine::deadline));
		return lines;
	}

	@Transactional(readOnly = true)
	public OrderView get(CurrentUser user, long orderId) {
		RectificationOrder order = visible(user, orderId);
		return toView(order, this.registry.find(order.getInstitutionId()).map(InstitutionView::name).orElse(""));
	}

	/** A rectification order issued after a finding (第二十条). */
	@Transactional
	public long issue(CurrentUser user, long institutionId, String reason, LocalDate deadline) {
		requireRole(user, Role.CENTER, Role.BUREAU, Role.DISTRICT);
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		if (reason == null || reason.isBlank()) {
			throw new SupervisionRejectedException("请写明整改事由");
		}
		if (deadline == null || !deadline.isAfter(LocalDate.now(this.clock))) {
			throw new SupervisionRejectedException("整改期限须晚于今天");
		}
		String number = this.notices.nextNumber(user, LocalDate.now(this.clock).getYear());
		RectificationOrder order = this.orders.save(new RectificationOrder(institutionId, reason.trim(),
				user.getUsername(), this.clock.instant(), deadline, RectificationNotices.authorityOf(user), number));
		this.auditLog.record(user.getUsername(), "责令限期整改", "INSTITUTION", institutionId,
				reason.trim() + "（期限 " + deadline + "，" + number + "）");
		// the 整改通知书 is issued with the order; the institution learns of it in its
		// message centre (站内信)
		this.notices.send(order);
		return order.getId();
	}

	/**
	 * The 整改通知书 as issued, for the institution concerned and the staff whose scope holds
	 * it; anyone else is answered as not found.
	 */
	@Transactional
	public IssuedDocuments.Issued notice(CurrentUser user, long orderId) {
		return this.notices.issue(visible(user, orderId));
	}

	@Transactional
	public void submitReport(CurrentUser user, long orderId, String report) {
		requireRole(user, Role.INSTITUTION);
		RectificationOrder order = visible(user, orderId);
		order.submitReport(report, this.clock.instant());
		this.auditLog.record(user.getUsername(), "提交整改报告", "INSTITUTION", order.getInstitutionId(), "整改通知 " + orderId);
	}

	/**
	 * Accepting returns the institution to 正常; rejecting sends the order back with the
	 * note.
	 */
	@Transactional
	public void verify(CurrentUser user, long orderId, boolean accepted, String note) {
		requireRole(user, Role.DISTRICT, Role.CENTER);
		RectificationOrder order = visible(user, orderId);
		order.verify(accepted, note, user.getUsername(), this.clock.instant());
		this.auditLog.record(user.getUsername(), accepted ? "整改验收通过" : "整改验收不通过", "INSTITUTION",
				order.getInstitutionId(), note.trim());
		if (accepted) {
			InstitutionView institution = this.registry.find(order.getInstitutionId()).orElseThrow();
			boolean otherOpen = this.orders.findByInstitutionIdOrderByIdDesc(order.getInstitutionId())
				.stream()
				.anyMatch(o -> !o.getId().equals(order.getId()) && (o.getStatus() == RectificationOrder.Status.OPEN
						|| o.getStatus() == RectificationOrder.Status.REPORTED));
			if (!otherOpen && institution.status() != InstitutionStatus.NORMAL
					&& institution.status() != InstitutionStatus.CANCELLED) {
				this.registry.changeStatus(GradeManagement.SYSTEM, order.getInstitutionId(), InstitutionStatus.NORMAL,
						"整改验收通过（整改通知 " + orderId + "，验收人 " + user.getUsername() + "）：" + note.trim(), null);
			}
		}
	}

	private RectificationOrder visible(CurrentUser user, long orderId) {
		RectificationOrder order = this.orders.findById(orderId)
			.orElseThrow(() -> new SupervisionNotFoundException("未找到整改通知"));
		if (!this.scope.includes(user, order.getInstitutionId())) {
			throw new SupervisionNotFoundException("未找到整改通知");
		}
		return order;
	}

	private OrderView toView(RectificationOrder order, String name) {
		LocalDate today = LocalDate.now(this.clock);
		boolean open = order.getStatus() == RectificationOrder.Status.OPEN;
		return new OrderView(order.getId(), order.getInstitutionId(), name, order.getReason(), order.getDeadline(),
				order.getStatus().label(), open, order.getStatus() == RectificationOrder.Status.REPORTED,
				order.getStatus() == RectificationOrder.Status.OVERDUE || (open && today.isAfter(order.getDeadline())),
				order.getReport(), order.getVerifiedBy(), order.getVerificationNote(), order.getVersion(),
				order.getIssuedBy(), order.getIssuedAt(), order.getReportedAt(), order.getDocumentNumber());
	}

	static void requireRole(CurrentUser user, Role... roles) {
		for (Role role : roles) {
			if (user.hasRole(role)) {
				return;
			}
		}
		throw new AccessDeniedException("无权执行此操作");
	}

}
