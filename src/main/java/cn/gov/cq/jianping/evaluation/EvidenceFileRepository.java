package cn.gov.cq.jianping.evaluation;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface EvidenceFileRepository extends Repository<EvidenceFile, Long> {

	EvidenceFile save(EvidenceFile file);

	Optional<EvidenceFile> findById(Long id);

	List<EvidenceFile> findByCaseIdOrderByIdAsc(long caseId);

}
