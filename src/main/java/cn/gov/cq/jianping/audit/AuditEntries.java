package cn.gov.cq.jianping.audit;

import java.util.List;

import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

interface AuditEntries extends Repository<AuditEntry, Long> {

	AuditEntry save(AuditEntry entry);

	List<AuditEntry> findByTargetTypeAndTargetIdOrderByOccurredAtAscIdAsc(String targetType, String targetId);

	List<AuditEntry> findAllByOrderByOccurredAtDescIdDesc(Pageable pageable);

}
