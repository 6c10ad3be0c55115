/** The strategic themes every new project's codebook starts with. */
export const DEFAULT_THEMES = [
  { name: "China balancing", colour: "#dc2626", description: "Hedging against or offsetting China's economic and political weight." },
  { name: "Rules-based order", colour: "#2563eb", description: "International law, norms, the rule of law, freedom of navigation." },
  { name: "Development assistance (ODA)", colour: "#16a34a", description: "Grants, concessional loans and technical cooperation." },
  { name: "Infrastructure & connectivity", colour: "#ea580c", description: "Transport, logistics, quality infrastructure, corridors." },
  { name: "Trade & investment", colour: "#ca8a04", description: "Trade flows, foreign direct investment, economic partnership agreements." },
  { name: "Multilateral engagement (ASEAN, Mekong, UN)", colour: "#0891b2", description: "ASEAN, Mekong cooperation frameworks, the UN system." },
  { name: "Strategic autonomy", colour: "#7c3aed", description: "Room for manoeuvre between great powers; diversification of partners." },
  { name: "Education & human resources", colour: "#db2777", description: "Scholarships, teacher training, skills and institutional capacity." },
  { name: "Humanitarian (UXO, water, health)", colour: "#0d9488", description: "Unexploded ordnance clearance, clean water, health and disaster relief." },
  { name: "Energy", colour: "#65a30d", description: "Hydropower, grids, energy exports and the energy transition." },
] as const;
