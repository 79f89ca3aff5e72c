/**
 * The server-side apply engine shared by kustomize-controller and helm-controller, following
 * upstream Flux's {@code fluxcd/pkg/ssa}.
 *
 * <p>A reconcile uses it in this order:
 *
 * <ol>
 *   <li>{@link io.fluxjava.apply.ApplyEngine#apply} the built objects with {@link
 *       io.fluxjava.apply.ApplyOptions} (field manager, force, {@link
 *       io.fluxjava.apply.OwnerLabels}); the returned {@link io.fluxjava.apply.ChangeSet} gives the
 *       event lines and, through {@link io.fluxjava.apply.ChangeSet#toInventory()}, the new
 *       inventory.
 *   <li>{@link io.fluxjava.apply.inventory.InventoryDiff#stale} between the old and new inventory,
 *       then {@link io.fluxjava.apply.Pruner#prune} when {@code spec.prune} is set. Never after a
 *       failed build or apply: then the old inventory stays and nothing is pruned.
 *   <li>{@link io.fluxjava.apply.health.HealthPoller#waitForCurrent} for {@code wait} / {@code
 *       healthChecks}, with a {@link io.fluxjava.apply.health.StatusReader} built from {@code
 *       healthCheckExprs}.
 * </ol>
 *
 * <p>When the owner is deleted, {@link io.fluxjava.apply.InventoryFinalizer} applies its deletion
 * policy to the inventory.
 */
package io.fluxjava.apply;
