package cn.gov.cq.jianping.supervision;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.document.IssuedDocuments;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;
import cn.gov.cq.jianping.institution.InstitutionRegistry;
import cn.gov.cq.jianping.institution.InstitutionView;
import cn.gov.cq.jianping.scoring.model.Grade;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bureau decisions on cancellation, suspension and downgrading, each with reasons, a
 * document number and a decision PDF; the registry status and the public lookup follow.
 */
@Service
public class SupervisionDecisions {

	private final SupervisionDecisionRepository decisions;

	private final InstitutionRegistry registry;

	private final DecisionIssuing issuing;

	private final SupervisionScope scope;

	private final AuditLog auditLog;

	private final Clock clock;

	SupervisionDecisions(SupervisionDecisionRepository decisions, InstitutionRegistry registry, DecisionIssuing issuing,
			SupervisionScope scope, AuditLog auditLog, Clock clock) {
		this.decisions = decisions;
		this.registry = registry;
		this.issuing = issuing;
		this.scope = scope;
		this.auditLog = auditLog;
		this.clock = clock;
	}

	/** A decision as the pages show it. */
	public record DecisionView(long id, long institutionId, String institutionName, String kind, String kindCode,
			String status, boolean pending, String grounds, Grade newGrade, String proposedBy, Instant proposedAt,
			String decidedBy, Instant decidedAt, String decisionReason, String documentNumber, long version) {
	}

	@Transactional(readOnly = true)
	public List<DecisionView> visibleTo(CurrentUser user) {
		SupervisionScope.Listing visible = this.scope.forList(user);
		return this.decisions.findAllByOrderByIdDesc()
			.stream()
			.filter(d -> visible.includes(d.getInstitutionId()))
			.map(d -> toView(d, visible.nameOf(d.getInstitutionId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public List<DecisionView> pending() {
		SupervisionScope.Listing all = this.scope.forList(GradeManagement.SYSTEM);
		return this.decisions.findByStatusOrderByIdAsc(SupervisionDecision.Status.PROPOSED)
			.stream()
			.map(d -> toView(d, all.nameOf(d.getInstitutionId())))
			.toList();
	}

	@Transactional(readOnly = true)
	public DecisionView get(CurrentUser user, long decisionId) {
		return this.decisions.findById(decisionId)
			.filter(d -> this.scope.includes(user, d.getInstitutionId()))
			.map(d -> toView(d, this.registry.find(d.getInstitutionId()).map(InstitutionView::name).orElse("")))
			.orElseThrow(() -> new SupervisionNotFoundException("未找到处理事项"));
	}

	/** The bureau's to-do: every proposal awaiting its decision. */
	@Transactional(readOnly = true)
	public List<Rectifications.TodoLine> todos(CurrentUser user) {
		if (!user.hasRole(Role.BUREAU)) {
			return List.of();
		}
		return pending().stream()
			.map(d -> new Rectifications.TodoLine("decision-" + d.id(), d.institutionId(), d.institutionName(),
					"决定：" + d.kind(), null, false, "/supervision/decisions/" + d.id()))
			.toList();
	}

	/** Staff propose; only the bureau decides. */
	/**
	 * Why a downgrade of an institution in the user's scope to {@code newGrade} would be
	 * refused, so that the proposal page can show it beside the form; empty when it would
	 * be accepted.
	 */
	@Transactional(readOnly = true)
	public Optional<String> downgradeRefusal(CurrentUser user, long institutionId, Grade newGrade) {
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		return this.issuing.downgradeRefusal(institutionId, newGrade);
	}

	@Transactional
	public long propose(CurrentUser user, long institutionId, String kind, String grounds, Grade newGrade) {
		Rectifications.requireRole(user, Role.CENTER, Role.DISTRICT, Role.BUREAU);
		if (!this.scope.includes(user, institutionId)) {
			throw new SupervisionNotFoundException("未找到机构");
		}
		SupervisionDecision.Kind parsed;
		try {
			parsed = SupervisionDecision.Kind.valueOf(kind);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new SupervisionRejectedException("请选择处理方式");
		}
		if (grounds == null || grounds.isBlank()) {
			throw new SupervisionRejectedException("请写明事实和依据");
		}
		// A new grade belongs to a downgrade only, and must be below the current one.
		if (parsed != SupervisionDecision.Kind.DOWNGRADE) {
			newGrade = null;
		}
		else if (newGrade != null) {
			this.issuing.downgradeRefusal(institutionId, newGrade).ifPresent(reason -> {
				throw new SupervisionRejectedException(reason);
			});
		}
		SupervisionDecision decision = this.decisions.save(new SupervisionDecision(institutionId, parsed,
				grounds.trim(), newGrade, user.getUsername(), this.clock.instant()));
		this.auditLog.record(user.getUsername(), "提请" + parsed.label(), "INSTITUTION", institutionId, grounds.trim());
		return decision.getId();
	}

	@Transactional
	public void decide(CurrentUser user, long decisionId, boolean adopt, String reason) {
		Rectifications.requireRole(user, Role.BUREAU);
		SupervisionDecision decision = this.decisions.findById(decisionId)
			.orElseThrow(() -> new SupervisionNotFoundException("未找到待决定事项"));
		this.issuing.issue(decision, adopt, reason, user.getUsername());
	}

	/**
	 * 第十九条: a cancellation made in error is corrected only by a reversal decision of the
	 * bureau, with its reasons and its own number; the registration returns to the status
	 * it had before. Returns the reversal's id.
	 */
	@Transactional
	public long reverse(CurrentUser user, long decisionId, String reason) {
		Rectifications.requireRole(user, Role.BUREAU);
		SupervisionDecision original = this.decisions.findById(decisionId)
			.filter(d -> this.scope.includes(user, d.getInstitutionId()))
			.orElseThrow(() -> new SupervisionNotFoundException("未找到处理决定"));
		if (reason == null || reason.isBlank()) {
			throw new SupervisionRejectedException("请写明撤销理由（原决定错误的事实和依据）");
		}
		SupervisionDecision reversal = this.decisions.save(SupervisionDecision.reversalOf(original,
				"撤销" + original.getDocumentNumber() + "：" + reason.trim(), user.getUsername(), this.clock.instant()));
		original.markReversed();
		this.issuing.issue(reversal, true, reason, user.getUsername());
		return reversal.getId();
	}

	/** 处理决定书: the decision as a PDF with the Chinese font embedded. */
	@Transactional
	public byte[] document(CurrentUser user, long decisionId) {
		return issuedDocument(user, decisionId).content();
	}

	/**
	 * 处理决定书 as issued: made once when the decision is taken and stored with its SHA-256,
	 * so it never changes when the institution's data later does (one decided before
	 * documents were stored is made on its first request).
	 */
	@Transactional
	public IssuedDocuments.Issued issuedDocument(CurrentUser user, long decisionId) {
		SupervisionDecision decision = this.decisions.findById(decisionId)
			.filter(d -> this.scope.includes(user, d.getInstitutionId()))
			.filter(DecisionDocuments::hasDocument)
			.orElseThrow(() -> new SupervisionNotFoundException("未找到处理决定"));
		return this.issuing.document(decision);
	}

	private static DecisionView toView(SupervisionDecision d, String institutionName) {
		return new DecisionView(d.getId(), d.getInstitutionId(), institutionName, d.getKind().label(),
				d.getKind().name(), d.getStatus().label(), d.getStatus() == SupervisionDecision.Status.PROPOSED,
				d.getGrounds(), d.getNewGrade(), d.getProposedBy(), d.getProposedAt(), d.getDecidedBy(),
				d.getDecidedAt(), d.getDecisionReason(), d.getDocumentNumber(), d.getVersion());
	}

}
