"""Whole interviews as a user types them, shared by the engine, console and Telegram tests."""

from __future__ import annotations

COMPLETE_FR = [
    "Café Lumière",
    "2",  # complete
    "3",  # café / restaurant
    "1",  # B2C
    "2",  # launched
    "Lyon 7e",
    "Produits faits maison, accueil chaleureux, emplacement passant",
    "Petite salle, peu connu",
    "3 000 €",
    "5",
    "cuisine, accueil",
    "Demande pour le local, télétravail",
    "Chaîne de cafés à proximité, hausse des prix",
    "Starbucks, Boulangerie Paul",
    "4",
    "3",
    "2",
    "3",
    "1,2",  # conquest and loyalty
    "1",  # new customers
    "50",
    "juin 2027",
    "1",  # repeat rate
    "40",
    "30/06/2027",
    "Étudiants, Actifs du quartier, Familles",
    "18-25 ans, quartier universitaire, viennent réviser",
    "un lieu calme et abordable pour travailler",
    "2000",
    "25-50 ans, travaillent à proximité",
    "un déjeuner bon et rapide",
    "/skip",
    "parents avec enfants, le week-end",
    "un brunch convivial",
    "800",
    "4",
    "3",
    "3",
    "4",
    "5",
    "5",
    "3",
    "3",
    "4",
    "1",  # the recommended target: Actifs du quartier
    "offre une pause de qualité dans un lieu chaleureux",
    "1",  # Starbucks
    "tout est fait maison avec des produits locaux",
    "4,7/5 sur Google",
    "3",
    "4",
    "Cafés de spécialité et déjeuners faits maison",
    "Boissons chaudes, déjeuner du jour, pâtisseries",
    "Carte courte de saison",
    "Carte de fidélité",
    "2",  # aligned
    "12 €",
    "20",
    "65 %",
    "2,6",  # shop, social commerce
    "1,6,8",  # social, events, loyalty programme
    "50, 30, 20",
    "2",  # go through the proposed actions one by one
    "1",  # social networks: accepted
    "15/03/2027",  # the tasting: moved to 15 March
    "Retirer",  # the loyalty programme: dropped
]

EXPRESS_FR = [
    "Atelier Bois Doré",
    "1",  # express
    "7",  # craft: the market is asked
    "1",  # B2C
    "Pièces uniques, bois local",
    "1 500",
    "Ikea, Maisons du Monde",
    "40",
    "2",  # Chercheurs de cadeaux
    "chaque pièce est unique et faite à la main",
    "Tables et planches à découper en bois massif",
    "180",
]

COMPLETE_EN = [
    "Bright Desk",
    "2",
    "4",  # B2B services: the market is still asked in complete mode
    "2",  # B2B
    "3",  # growing
    "Greater London",
    "Senior consultants, fast delivery",
    "Small team, no website",
    "£12k",
    "6",
    "consulting, sales",
    "Companies outsourcing IT, remote work",
    "Large agencies, price pressure",
    "Accenture, Local IT Co",
    "5",
    "5",
    "2",
    "3",
    "1,3",  # conquest and awareness
    "2",  # revenue
    "60000",
    "December 2027",
    "1",  # followers
    "1500",
    "in 6 months",
    "Accounting firms, Law firms",
    "accounting firms with 5 to 20 staff",
    "reliable IT without a full-time employee",
    "400",
    "law firms with 10 to 50 staff",
    "secure document handling",
    "150",
    "5",
    "4",
    "5",
    "3",
    "3",
    "4",
    "1",
    "keeps their IT running without hiring",
    "2",  # Local IT Co
    "we answer within one hour, guaranteed",
    "/skip",
    "3",
    "5",
    "Managed IT services for small firms",
    "Support contract, audits, migrations",
    "/skip",
    "Monthly report",
    "1",  # premium
    "5,000",
    "1",
    "55",
    "5",  # direct sales
    "2,4,9",  # SEO, emailing, partnerships
    "equal",
    "Accept all",
]

EXPRESS_EN = [
    "Bloom Box",
    "1",
    "1",  # e-commerce: B2C is preset, the market is not asked
    "Curated local flowers, same-day delivery",
    "2k",
    "Interflora, supermarket flowers",
    "300",
    "1",
    "flowers come from growers within 50 km",
    "Seasonal bouquets delivered the same day",
    "45",
]
