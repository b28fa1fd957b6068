package dev.chitieu.core.assess;

import dev.chitieu.core.model.Period;
import dev.chitieu.core.rollup.Aggregate;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The judgement of one window of a target before it becomes a {@link TargetResult}: the status, the figure it rests
 * on, and the projection, with what the explanation needs to say about them.
 *
 * @param status the status
 * @param judged the window whose value the target is about (the deadline's year, one period, the cumulative range)
 * @param due the day the window's value is due
 * @param figure the rolled-up figure used as evidence
 * @param figurePeriod the months that figure covers (its window up to its last month with data)
 * @param projection the projection to {@code due}, rounded
 * @param runningTotal whether the projection is a straight line through the running total since the window's start
 * @param partOfWindow whether the figure is a flow over only part of the judged window (a year to date against a
 *     full-year threshold)
 */
record Judgement(
    Status status,
    Period judged,
    LocalDate due,
    Optional<Aggregate> figure,
    Optional<Period> figurePeriod,
    Optional<Projection> projection,
    boolean runningTotal,
    boolean partOfWindow) {}
