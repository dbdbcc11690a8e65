import type { CarrierId, ServiceId } from '../domain/carrier';
import type { Weekday } from '../time/dateTime';
import type { RemoteRegion } from '../geo/remoteRegions';

/** Weekend capability from Amazon's SFP matrix: Yes / Limited (special operating plan only) / No. */
export type WeekendCapability = 'yes' | 'limited' | 'no';

/** The labels of the matrix's rows on the help page; each has its text `catalog.weekendRow.<name>`. */
export type WeekendRowLabel = 'Ground' | 'Air' | 'Home Delivery' | 'Express' | 'All';

export interface WeekendMatrixRow {
  carrier: CarrierId;
  /** The matrix row's label as the help page names it (e.g. "Ground", "Air", "All"). */
  row: WeekendRowLabel;
  /** Services the row applies to. */
  services: readonly ServiceId[];
  satPickup: WeekendCapability;
  satDropoff: WeekendCapability;
  sunPickup: WeekendCapability;
  sunDropoff: WeekendCapability;
}

export interface ServiceInfo {
  id: ServiceId;
  carrier: CarrierId;
  /** English display name; French names live in the i18n messages. */
  name: string;
  kind: 'ground' | 'air' | 'postal';
  /** Business days in transit for carrier zones 1..8 (index 0 = zone 1). Defaults: assumptions. */
  transitByZone: readonly [number, number, number, number, number, number, number, number];
  /** Weekdays the service delivers to residential addresses (default assumption). */
  deliveryDays: readonly Weekday[];
  /** Weekdays counted as transit days (a parcel moves on them). */
  transitDays: readonly Weekday[];
  /**
   * Business days in transit to the destinations outside the 48 contiguous states + DC, which have
   * their own carrier zones; null = the service does not go there (e.g. UPS Ground to Hawaii).
   * Absent (hand-made test catalogs) = the zone-8 figure.
   */
  remoteTransit?: Readonly<Record<RemoteRegion, number | null>>;
  /** Whether labels can be bought through Amazon Buy Shipping. */
  buyShipping: boolean;
  /** True when the defaults above are assumptions the user should check. */
  assumption: boolean;
}
