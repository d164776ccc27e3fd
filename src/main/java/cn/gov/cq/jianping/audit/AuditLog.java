package cn.gov.cq.jianping.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes audit entries in the caller's transaction, so a decision and its record commit
 * together. Each entry carries time, actor, the actor's role, the client address, action,
 * object and result (等保 level 3); role and address are taken from the current request and
 * login when the caller does not give them. The database chains every entry to the
 * previous one (V176) and refuses to change or delete any.
 */
@Service
public class AuditLog {

	/** The actor when no one is logged in (jobs, start-up). */
	public static final String SYSTEM = "系统";

	private final AuditEntries entries;

	private final Clock clock;

	AuditLog(AuditEntries entries, Clock clock) {
		this.entries = entries;
		this.clock = clock;
	}

	/** A recorded decision as the pages show it. */
	public record Entry(String actor, String action, String targetType, String targetId, String detail,
			Instant occurredAt) {
	}

	/** Who acted: login name, role name (e.g. {@code AUDITOR}) and client address. */
	public record Actor(String name, String role, String address) {

		/**
		 * The logged-in user of the current request (or {@value AuditLog#SYSTEM}), with
		 * the request's client address.
		 */
		public static Actor current() {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (authentication == null || authentication instanceof AnonymousAuthenticationToken
					|| !authentication.isAuthenticated()) {
				return new Actor(SYSTEM, null, clientAddress());
			}
			return new Actor(authentication.getName(), roleOf(authentication), clientAddress());
		}

		/**
		 * This login name, with the current login's role if it is the same user, and the
		 * request's address.
		 */
		static Actor named(String name) {
			Actor current = current();
			if (name == null) {
				return current;
			}
			return new Actor(name, name.equals(current.name()) ? current.role() : null, current.address());
		}

	}

	/** 成功 or 失败. */
	public enum Result {

		SUCCESS("成功"), FAILURE("失败");

		private final String label;

		Result(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

	}

	/**
	 * A decision or change by this actor (a login name); role and address come from the
	 * current request.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String targetType, Object targetId, String detail) {
		record(Actor.named(actor), action, targetType, targetId, detail, Result.SUCCESS);
	}

	/** An action of the user logged in on the current request. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordCurrent(String action, String targetType, Object targetId, String detail) {
		record(Actor.current(), action, targetType, targetId, detail, Result.SUCCESS);
	}

	/** The full form: who, what, on what, and whether it succeeded. */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(Actor actor, String action, String targetType, Object targetId, String detail, Result result) {
		this.entries.save(new AuditEntry(actor, action, targetType, targetId == null ? null : targetId.toString(),
				detail, result, this.clock.instant()));
	}

	@Transactional(readOnly = true)
	public List<Entry> of(String targetType, Object targetId) {
		return this.entries.findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(targetType, targetId.toString())
			.stream()
			.map(AuditEntry::toEntry)
			.toList();
	}

	@Transactional(readOnly = true)
	public List<Entry> latest(int count) {
		return this.entries.findAllByOrderByOccurredAtDescIdDesc(PageRequest.of(0, count))
			.stream()
			.map(AuditEntry::toEntry)
			.toList();
	}

	private static String roleOf(Authentication authentication) {
		for (GrantedAuthority authority : authentication.getAuthorities()) {
			String name = authority.getAuthority();
			if (name != null && name.startsWith("ROLE_")) {
				return name.substring("ROLE_".length());
			}
		}
		return null;
	}

	/**
	 * The request's client address; behind a proxy it is the forwarded one only as far as
	 * {@code server.forward-headers-strategy} trusts it.
	 */
	static String clientAddress() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes instanceof ServletRequestAttributes servlet) {
			HttpServletRequest request = servlet.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
