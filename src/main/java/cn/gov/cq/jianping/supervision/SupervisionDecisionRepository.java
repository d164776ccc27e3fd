package cn.gov.cq.jianping.supervision;

import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface SupervisionDecisionRepository extends Repository<SupervisionDecision, Long> {

	SupervisionDecision save(SupervisionDecision decision);

	Optional<SupervisionDecision> findById(Long id);

	List<SupervisionDecision> findByInstitutionIdOrderByIdDesc(long institutionId);

	List<SupervisionDecision> findByStatusOrderByIdAsc(SupervisionDecision.Status status);

	List<SupervisionDecision> findAllByOrderByIdDesc();

	long countByStatusAndDocumentNumberIsNotNull(SupervisionDecision.Status status);

}
