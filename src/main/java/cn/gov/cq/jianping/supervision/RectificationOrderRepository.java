package cn.gov.cq.jianping.supervision;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface RectificationOrderRepository extends Repository<RectificationOrder, Long> {

	RectificationOrder save(RectificationOrder order);

	Optional<RectificationOrder> findById(Long id);

	List<RectificationOrder> findByInstitutionIdOrderByIdDesc(long institutionId);

	List<RectificationOrder> findByStatusInOrderByDeadlineAsc(Collection<RectificationOrder.Status> statuses);

	List<RectificationOrder> findAllByOrderByIdDesc();

}
