import type { TechnologyGroup } from './types';

/** Machine-learning libraries and platforms. "Machine learning" itself, NLP and LLMs are topics. */
export const ML: TechnologyGroup = {
  group: 'ml',
  label: 'Machine learning',
  technologies: [
    { name: 'PyTorch' },
    { name: 'TensorFlow', aliases: ['TF2'] },
    { name: 'Keras' },
    { name: 'JAX', exact: ['JAX'] },
    { name: 'scikit-learn', aliases: ['sklearn', 'scikit learn'] },
    { name: 'XGBoost' },
    { name: 'LightGBM' },
    { name: 'Hugging Face', aliases: ['HuggingFace', 'Transformers library'] },
    { name: 'LangChain', aliases: ['LangGraph'] },
    { name: 'LlamaIndex' },
    { name: 'MLflow' },
    { name: 'Kubeflow' },
    { name: 'SageMaker', aliases: ['Amazon SageMaker', 'AWS SageMaker'] },
    { name: 'Vertex AI' },
    { name: 'Ray', exact: ['Ray'], needsContext: true },
    { name: 'CUDA' },
    { name: 'ONNX', aliases: ['ONNX Runtime'] },
    { name: 'TensorRT' },
    { name: 'vLLM' },
    { name: 'OpenCV' },
    { name: 'spaCy' },
  ],
};
