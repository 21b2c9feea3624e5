package sdk

import "fmt"

// ValidateCrossFields checks the relations between a subject's counts that ValidateSubject
// (per-field ranges) does not: professional posts and supervised workers cannot exceed a
// project's headcount, and qualified staff cannot exceed an organisation's full-time staff.
// Field paths follow ValidateSubject's (camelCase, as in the GraphQL input).
func ValidateCrossFields(s Subject) *InputError {
	if p := s.Project; p != nil {
		if p.ProfessionalPosts != nil && *p.ProfessionalPosts > p.Headcount {
			return &InputError{Field: "project.professionalPosts", Message: fmt.Sprintf(
				"专业岗位数 %d 超过项目人员总数 %d / professional posts %d exceed the headcount %d",
				*p.ProfessionalPosts, p.Headcount, *p.ProfessionalPosts, p.Headcount)}
		}
		if p.SupervisedWorkers != nil && *p.SupervisedWorkers > p.Headcount {
			return &InputError{Field: "project.supervisedWorkers", Message: fmt.Sprintf(
				"接受督导的社工人数 %d 超过项目人员总数 %d / supervised workers %d exceed the headcount %d",
				*p.SupervisedWorkers, p.Headcount, *p.SupervisedWorkers, p.Headcount)}
		}
	}
	if o := s.Organization; o != nil && o.QualifiedStaff != nil && *o.QualifiedStaff > o.FullTimeStaff {
		return &InputError{Field: "organization.qualifiedStaff", Message: fmt.Sprintf(
			"持证或专业学历人员 %d 超过专职工作人员 %d / qualified staff %d exceed the full-time staff %d",
			*o.QualifiedStaff, o.FullTimeStaff, *o.QualifiedStaff, o.FullTimeStaff)}
	}
	return nil
}
