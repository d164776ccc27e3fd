package cn.gov.cq.jianping.evaluation;

import java.util.List;
import java.util.Map;

import cn.gov.cq.jianping.audit.AuditLog;
import cn.gov.cq.jianping.evaluation.model.IllegalTransitionException;
import cn.gov.cq.jianping.evaluation.model.InputRefusedException;
import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.identity.Role;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 专家库: the center keeps the pool of experts and the conflicts of interest they declare.
 */
@Service
public class ExpertPool {

	private final ExpertRepository experts;

	private final AuditLog auditLog;

	ExpertPool(ExpertRepository experts, AuditLog auditLog) {
		this.experts = experts;
		this.auditLog = auditLog;
	}

	/** A pool entry as the center's pages show it. */
	public record ExpertView(long id, String username, String name, String speciality, String employer,
			Map<Long, String> conflicts) {
	}

	@Transactional(readOnly = true)
	public List<ExpertView> expertPool() {
		return this.experts.findAllByOrderByIdAsc()
			.stream()
			.map(e -> new ExpertView(e.getId(), e.getUsername(), e.getName(), e.getSpeciality(), e.getEmployer(),
					Map.copyOf(e.getConflicts())))
			.toList();
	}

	@Transactional
	public long addExpert(CurrentUser user, String username, String name, String speciality, String employer) {
		CaseAccess.requireRole(user, Role.CENTER);
		if (username == null || username.isBlank() || name == null || name.isBlank()) {
			throw new InputRefusedException("请填写专家账号和姓名");
		}
		if (this.experts.existsByUsername(username.trim())) {
			throw new IllegalTransitionException("专家库中已有账号 " + username.trim());
		}
		Expert expert = this.experts
			.save(new Expert(username.trim(), name.trim(), nonBlank(speciality, "—"), nonBlank(employer, "—")));
		this.auditLog.record(user.getUsername(), "专家入库", "EXPERT", expert.getId(), name.trim());
		return expert.getId();
	}

	/**
	 * As {@link #addExpert}, the refusal returned for the page to show beside the form.
	 */
	@Transactional
	public Attempt<Long> tryAddExpert(CurrentUser user, String username, String name, String speciality,
			String employer) {
		return Attempt.of(() -> addExpert(user, username, name, speciality, employer));
	}

	@Transactional
	public void declareConflict(CurrentUser user, long expertId, long institutionId, String reason) {
		CaseAccess.requireRole(user, Role.CENTER, Role.EXPERT);
		Expert expert = this.experts.findById(expertId).orElseThrow(() -> new CaseNotFoundException("未找到专家"));
		if (user.hasRole(Role.EXPERT) && !expert.getUsername().equals(user.getUsername())) {
			throw new CaseNotFoundException("未找到专家");
		}
		if (reason == null || reason.isBlank()) {
			throw new InputRefusedException("请填写利益冲突情形（如任职单位、近期为其工作）");
		}
		expert.declareConflict(institutionId, reason.trim());
		this.auditLog.record(user.getUsername(), "登记利益冲突", "EXPERT", expertId,
				"机构 " + institutionId + "：" + reason.trim());
	}

	private static String nonBlank(String value, String fallback) {
		return value == null || value.isBlank() ? fallback : value.trim();
	}

}
