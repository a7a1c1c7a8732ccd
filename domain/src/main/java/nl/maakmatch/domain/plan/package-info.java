/**
 * The investment-plan aggregate: guards that a plan's total is the sum of its lines, that its
 * lifecycle only moves forward (an ended plan is kept as it was), and that every change is kept
 * as history.
 */
package nl.maakmatch.domain.plan;
