import type { TechnologyGroup } from './types';

export const CLOUD: TechnologyGroup = {
  group: 'cloud',
  label: 'Cloud',
  technologies: [
    { name: 'AWS', aliases: ['Amazon Web Services'] },
    { name: 'GCP', aliases: ['Google Cloud', 'Google Cloud Platform'] },
    { name: 'Azure', aliases: ['Microsoft Azure'] },
    { name: 'Lambda', aliases: ['AWS Lambda'], exact: ['Lambda'], needsContext: true },
    { name: 'S3', aliases: ['Amazon S3', 'AWS S3'] },
    { name: 'EC2', aliases: ['Amazon EC2'] },
    { name: 'ECS', aliases: ['Amazon ECS'] },
    { name: 'Fargate', aliases: ['AWS Fargate'] },
    { name: 'EKS', aliases: ['Amazon EKS'] },
    { name: 'GKE', aliases: ['Google Kubernetes Engine'] },
    { name: 'AKS', aliases: ['Azure Kubernetes Service'] },
    { name: 'Cloud Run', aliases: ['Google Cloud Run'] },
    { name: 'Azure Functions' },
    { name: 'CloudFront', aliases: ['Amazon CloudFront'] },
    { name: 'Cloudflare', aliases: ['Cloudflare Workers'] },
    { name: 'Firebase' },
    { name: 'Heroku' },
    { name: 'Vercel' },
    { name: 'Netlify' },
    { name: 'DigitalOcean', aliases: ['Digital Ocean'] },
    { name: 'OpenStack' },
  ],
};
