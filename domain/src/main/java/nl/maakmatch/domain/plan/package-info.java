/**
 * The investment-plan aggregate: guards that a plan's total is the sum of its lines, that its
 * lifecycle only moves forward (an ended plan is kept as it was), and that every change is kept as
 * history. {@link nl.maakmatch.domain.plan.PlanAccess} decides who sees and changes a plan,
 * including the one rule for financiers it was shared with.
 */
package nl.maakmatch.domain.plan;
