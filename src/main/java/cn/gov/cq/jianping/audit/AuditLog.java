package cn.gov.cq.jianping.audit;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit entries in the caller's transaction, so a decision and its record commit
 * together.
 */
@Service
public class AuditLog {

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

	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String actor, String action, String targetType, Object targetId, String detail) {
		this.entries.save(new AuditEntry(actor, action, targetType, targetId == null ? null : targetId.toString(),
				detail, this.clock.instant()));
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

}
