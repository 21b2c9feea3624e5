package schema

import (
	"context"
	"fmt"
	"slices"

	"entgo.io/ent"
	"entgo.io/ent/privacy"

	gen "github.com/shegong/shegong/ent"
	"github.com/shegong/shegong/ent/hook"
	"github.com/shegong/shegong/ent/project"
	"github.com/shegong/shegong/ent/socialworker"
	"github.com/shegong/shegong/internal/validation"
)

// The workers linked to a project are its people, so there are never more of them than its
// funded positions (购买岗位总数): the rules refuse such a project (sdk.ValidateSubject), so it is
// refused when written, from either side of the edge, and assessProject never meets one. The
// checks read the project's current links whatever the viewer may read: they answer only
// whether the write fits, and the write itself is under the privacy policy.

// workersWithinHeadcount refuses a project write (headcount, workerIDs, addWorkerIDs) after
// which the project would link more workers than its headcount.
func workersWithinHeadcount() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.ProjectFunc(func(ctx context.Context, m *gen.ProjectMutation) (gen.Value, error) {
			headcount, headcountSet := m.Headcount()
			added := m.WorkersIDs()
			if !headcountSet && len(added) == 0 {
				return next.Mutate(ctx, m) // removing workers never exceeds the headcount
			}
			// Named as the GraphQL input names them (the presenter keeps a camelCase name).
			field := "addWorkerIDs"
			if m.Op().Is(gen.OpCreate) {
				field = "workerIDs"
			}
			if len(added) == 0 {
				field = "headcount"
			}
			if m.Op().Is(gen.OpCreate) {
				if headcountSet && headcount >= 1 && len(added) > headcount {
					return nil, tooManyWorkers(field)
				}
				return next.Mutate(ctx, m)
			}
			ids, err := m.IDs(ctx)
			if err != nil {
				return nil, fmt.Errorf("projects to update: %w", err)
			}
			read := privacy.DecisionContext(ctx, privacy.Allow)
			for _, id := range ids {
				hc := headcount
				if !headcountSet {
					if hc, err = m.Client().Project.Query().Where(project.ID(id)).Select(project.FieldHeadcount).Int(read); err != nil {
						return nil, fmt.Errorf("headcount of project %d: %w", id, err)
					}
				}
				if headcountSet && hc < 1 {
					continue // the field validator names a headcount below 1
				}
				var linked []int
				if !m.WorkersCleared() {
					if linked, err = m.Client().SocialWorker.Query().Where(socialworker.HasProjectsWith(project.ID(id))).IDs(read); err != nil {
						return nil, fmt.Errorf("workers of project %d: %w", id, err)
					}
					linked = slices.DeleteFunc(linked, func(w int) bool { return slices.Contains(m.RemovedWorkersIDs(), w) })
				}
				if len(union(linked, added)) > hc {
					return nil, tooManyWorkers(field)
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

// projectsWithinHeadcount refuses a worker write (projectIDs, addProjectIDs) after which a
// project would link more workers than its headcount.
func projectsWithinHeadcount() ent.Hook {
	return hook.On(func(next ent.Mutator) ent.Mutator {
		return hook.SocialWorkerFunc(func(ctx context.Context, m *gen.SocialWorkerMutation) (gen.Value, error) {
			projects := m.ProjectsIDs()
			if len(projects) == 0 {
				return next.Mutate(ctx, m)
			}
			field, workers := "projectIDs", []int{-1} // a new worker: one more, with no id yet
			if !m.Op().Is(gen.OpCreate) {
				field = "addProjectIDs"
				var err error
				if workers, err = m.IDs(ctx); err != nil {
					return nil, fmt.Errorf("workers to update: %w", err)
				}
			}
			read := privacy.DecisionContext(ctx, privacy.Allow)
			for _, id := range projects {
				p, err := m.Client().Project.Query().Where(project.ID(id)).Select(project.FieldHeadcount).Only(read)
				if gen.IsNotFound(err) {
					continue // the foreign key refuses a project that does not exist
				}
				if err != nil {
					return nil, fmt.Errorf("headcount of project %d: %w", id, err)
				}
				linked, err := m.Client().SocialWorker.Query().Where(socialworker.HasProjectsWith(project.ID(id))).IDs(read)
				if err != nil {
					return nil, fmt.Errorf("workers of project %d: %w", id, err)
				}
				if len(union(linked, workers)) > p.Headcount {
					return nil, tooManyWorkers(field)
				}
			}
			return next.Mutate(ctx, m)
		})
	}, ent.OpCreate|ent.OpUpdate|ent.OpUpdateOne)
}

func tooManyWorkers(field string) error {
	return validation.Errorf(field, "项目所列社工不得多于购买岗位总数 headcount / a project must not link more workers than its headcount")
}

// union returns the ids of a and b, each once.
func union(a, b []int) []int {
	out := slices.Clone(a)
	for _, id := range b {
		if !slices.Contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}
