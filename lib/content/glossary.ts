// Glossary of core deep-learning concepts, in Chinese and English, each linked to the
// article section that discusses it (or the closest one) and, where one exists, the live demo.
// Framework-free: used by the chat retriever (lib/chat) and pages.
// Definitions follow the editor's notes where the article is wrong (bias per neuron, MNIST is
// 28x28x1, sparse cross-entropy for integer labels, PyTorch came from Facebook, data augmentation
// does not speed up training).
import type { Bilingual } from './types';

export type DemoLink =
  | { page: 'digits'; method?: 'gradient' | 'gradient-x-input' | 'smoothgrad' | 'integrated-gradients' | 'grad-cam' | 'occlusion'; view?: 'saliency' | 'features' }
  | { page: 'text'; task?: 'sentiment' | 'topic'; view?: 'attention' | 'rollout' | 'attributions' };

export interface GlossaryEntry {
  /** Stable kebab-case id, e.g. 'batch-normalization'. */
  id: string;
  term: Bilingual;
  /** Other names people use (synonyms, abbreviations, common misspellings), lowercase for en. */
  aliases: { en: string[]; zh: string[] };
  /** 2–3 plain-text sentences (no markdown), accurate, beginner-friendly; zh is natural Chinese, not a word-by-word translation. */
  definition: Bilingual;
  /** Article section id that discusses it, or the closest one (e.g. overfitting -> '9.7'). */
  section: string;
  /** Live demo in this app that shows the concept, when one exists. */
  demo?: DemoLink;
}

export const glossary: GlossaryEntry[] = [
  // Foundations
  {
    id: 'deep-learning',
    term: { en: 'Deep learning', zh: '深度学习' },
    aliases: { en: ['dl', 'deep machine learning'], zh: ['深层学习'] },
    definition: {
      en: 'Deep learning is a branch of machine learning that uses neural networks with many layers to learn useful features directly from raw data such as pixels, sound or text. Instead of following hand-written rules, the network adjusts its weights automatically during training to reduce its errors on examples.',
      zh: '深度学习是机器学习的一个分支，用多层神经网络直接从像素、声音、文字等原始数据中学习有用的特征。它不靠人手写规则，而是在训练中根据样本上的误差自动调整网络的权重。',
    },
    section: '9.1',
  },
  {
    id: 'machine-learning',
    term: { en: 'Machine learning', zh: '机器学习' },
    aliases: { en: ['ml', 'traditional machine learning', 'classical machine learning'], zh: ['传统机器学习', '经典机器学习'] },
    definition: {
      en: 'Machine learning is the field of building programs that learn a task from examples instead of following rules written by hand. Classical methods such as linear models or decision trees usually work on features that people design; deep learning is the branch of machine learning whose many-layered neural networks learn those features from the raw data themselves.',
      zh: '机器学习研究的是让程序从样本中学会完成任务，而不是照着人写好的规则去做。线性模型、决策树等传统方法通常依赖人工设计的特征；深度学习是机器学习的一个分支，它用多层神经网络直接从原始数据中自己学出这些特征。',
    },
    section: '3.3',
  },
  {
    id: 'artificial-intelligence',
    term: { en: 'Artificial intelligence', zh: '人工智能' },
    aliases: { en: ['ai', 'a.i.'], zh: ['AI', '人工智慧'] },
    definition: {
      en: 'Artificial intelligence (AI) is the broad field of building computer systems that do tasks which normally call for human intelligence, such as recognizing images, understanding language, planning or making decisions. Machine learning is the part of AI in which systems learn such skills from data instead of following hand-written rules, and deep learning, the subject of the article, is the part of machine learning that uses many-layered neural networks; the article calls it an important branch of AI.',
      zh: '人工智能（AI）是让计算机完成通常需要人类智能的任务的广阔领域，例如识别图像、理解语言、规划和决策。机器学习是其中让系统从数据中学会这些本领、而不是照着人写好的规则去做的部分；文章讨论的深度学习又是机器学习中使用多层神经网络的一支，文章称它为人工智能的一个重要分支。',
    },
    section: '1',
  },
  {
    id: 'neural-network',
    term: { en: 'Neural network', zh: '神经网络' },
    aliases: {
      en: ['artificial neural network', 'ann', 'neural net', 'neural networks', 'deep neural network', 'dnn'],
      zh: ['人工神经网络', '深度神经网络', 'ANN', 'DNN'],
    },
    definition: {
      en: 'A neural network is a model built from many simple computing units, called neurons, arranged in layers, where the outputs of each layer feed the next one. Its behaviour is set by the weights and biases of these connections, which are learned from data rather than programmed by hand.',
      zh: '神经网络是由大量简单计算单元（神经元）按层连接而成的模型，每一层的输出作为下一层的输入。网络的行为由连接上的权重和偏置决定，这些参数是从数据中学出来的，而不是人工编写的。',
    },
    section: '2',
  },
  {
    id: 'neuron',
    term: { en: 'Neuron', zh: '神经元' },
    aliases: { en: ['artificial neuron', 'neurons', 'perceptron'], zh: ['人工神经元', '神经单元', '感知机'] },
    definition: {
      en: 'A neuron is the basic unit of a neural network: it multiplies each input by a weight, adds up the results together with a bias, and passes the sum through an activation function. In the article\'s notation, z is the weighted sum plus the bias and the output is a = σ(z).',
      zh: '神经元是神经网络的基本计算单元：它把每个输入乘以对应的权重，求和后加上偏置，再经过激活函数得到输出。用文章的记号，z 是加权和加偏置，输出为 a = σ(z)。',
    },
    section: '2',
  },
  {
    id: 'weights-and-biases',
    term: { en: 'Weights and biases', zh: '权重和偏置' },
    aliases: {
      en: ['weight', 'weights', 'bias', 'biases', 'model parameters', 'learnable parameters'],
      zh: ['权重', '偏置', '权值', '偏置项', '模型参数'],
    },
    definition: {
      en: 'Weights and biases are the learnable parameters of a neural network. Each connection has a weight that scales the signal passing through it, and each neuron has one bias that shifts its weighted sum; training adjusts all of them to reduce the loss.',
      zh: '权重和偏置是神经网络中可学习的参数。每条连接有一个权重，决定输入信号被放大或缩小多少；每个神经元有一个偏置，用来平移它的加权和。训练的过程就是不断调整它们，使损失变小。',
    },
    section: '4.1',
  },
  {
    id: 'weight-initialization',
    term: { en: 'Weight initialization', zh: '权重初始化' },
    aliases: {
      en: ['initialization', 'initialisation', 'weight initialisation', 'xavier initialization', 'glorot initialization', 'he initialization', 'random initialization'],
      zh: ['参数初始化', '初始化', '随机初始化', 'Xavier初始化', 'He初始化'],
    },
    definition: {
      en: 'Weight initialization sets the starting values of a network\'s weights before training, usually small random numbers, as the article\'s section 4.1 describes. The randomness breaks the symmetry between neurons: if all weights started equal, every neuron in a layer would learn the same thing. Schemes such as Xavier (Glorot) and He initialization scale the random values to the layer size so that signals neither explode nor vanish.',
      zh: '权重初始化是在训练开始前为网络权重设定初始值，通常取较小的随机数（文章 4.1 节也是这样做的）。随机性可以打破神经元之间的对称：如果所有权重一样，同一层的神经元就会学到完全相同的东西。Xavier（Glorot）初始化和 He 初始化等方法按层的大小调整随机数的尺度，使信号在层间传递时既不爆炸也不消失。',
    },
    section: '4.1',
  },
  {
    id: 'multilayer-perceptron',
    term: { en: 'Multilayer perceptron', zh: '多层感知机' },
    aliases: {
      en: ['mlp', 'multi-layer perceptron', 'multilayer perceptrons', 'feedforward neural network', 'feed-forward network', 'feedforward network'],
      zh: ['多层感知器', 'MLP', '前馈神经网络', '前馈网络'],
    },
    definition: {
      en: 'A multilayer perceptron (MLP) is the classic feedforward neural network: an input layer, one or more hidden layers and an output layer, with every neuron connected to all neurons of the next layer. Information flows in one direction only, and the nonlinear activation functions of the hidden layers let it learn far more than straight-line relationships.',
      zh: '多层感知机（MLP）是最经典的前馈神经网络，由输入层、一个或多个隐藏层和输出层组成，相邻两层的神经元两两相连。信息只从输入向输出单向流动，隐藏层中的非线性激活函数使它能够学习远比线性关系复杂的映射。',
    },
    section: '2',
  },
  {
    id: 'hidden-layer',
    term: { en: 'Hidden layer', zh: '隐藏层' },
    aliases: { en: ['hidden layers', 'input layer', 'output layer'], zh: ['隐层', '隐含层', '输入层', '输出层', '网络层'] },
    definition: {
      en: 'A hidden layer is any layer between the input layer, which receives the data, and the output layer, which produces the prediction. Hidden layers transform the data step by step into features that make the task easier, and the word deep in deep learning refers to having many of them.',
      zh: '隐藏层是位于输入层和输出层之间的各层：输入层接收数据，输出层给出预测结果。隐藏层逐层把数据变换成更利于完成任务的特征，深度学习中的“深”指的就是隐藏层很多。',
    },
    section: '3.1',
  },
  {
    id: 'forward-propagation',
    term: { en: 'Forward propagation', zh: '前向传播' },
    aliases: { en: ['forward pass', 'forward prop', 'forward-propagation'], zh: ['正向传播', '前向计算', '前向传递'] },
    definition: {
      en: 'Forward propagation is the computation that turns an input into a prediction: from the input layer to the output layer, each layer takes weighted sums of the previous layer\'s outputs, adds biases and applies its activation function. Making a prediction needs only this pass, while training runs it first and then uses backpropagation to compute the gradients.',
      zh: '前向传播是把输入变成预测结果的计算过程：从输入层到输出层，每一层对上一层的输出做加权求和、加偏置，再经过激活函数。模型做预测时只需要前向传播；训练时则先做前向传播，再用反向传播计算梯度。',
    },
    section: '3.1',
  },
  {
    id: 'feature-extraction',
    term: { en: 'Feature extraction', zh: '特征提取' },
    aliases: { en: ['feature learning', 'representation learning', 'learned features'], zh: ['特征学习', '表示学习', '特征变换'] },
    definition: {
      en: 'Feature extraction turns raw data into informative measurements, called features, that make a task easier to solve. In deep learning the features are learned automatically: the early layers of an image network respond to simple patterns such as edges and strokes, and deeper layers combine them into parts and whole objects.',
      zh: '特征提取是把原始数据转换成对任务更有用的描述，即特征。深度学习的特点是特征由网络自动学习：图像网络的浅层对边缘、笔画等简单模式有反应，深层再把它们组合成部件乃至整个物体。',
    },
    section: '3.3',
  },
  // Activations and losses
  {
    id: 'activation-function',
    term: { en: 'Activation function', zh: '激活函数' },
    aliases: { en: ['activation', 'activation functions', 'nonlinearity', 'non-linearity', 'tanh', 'gelu'], zh: ['激活', '非线性函数', '非线性激活', '双曲正切'] },
    definition: {
      en: 'An activation function is the nonlinear function a neuron applies to its weighted sum, such as ReLU, sigmoid, tanh or GELU. Without it, a stack of layers would collapse into a single linear transformation, so the network could only learn straight-line relationships no matter how deep it was.',
      zh: '激活函数是神经元对加权和施加的非线性函数，常见的有 ReLU、sigmoid、tanh 和 GELU。如果没有激活函数，多层网络叠加起来仍然只是一个线性变换，再深也只能学到线性关系。',
    },
    section: '3.1',
  },
  {
    id: 'relu',
    term: { en: 'ReLU', zh: '修正线性单元' },
    aliases: { en: ['rectified linear unit', 'rectifier', 'relu activation', 'leaky relu'], zh: ['ReLU函数', '线性整流函数', '整流线性单元'] },
    definition: {
      en: 'ReLU, the rectified linear unit, outputs its input when it is positive and zero otherwise, that is max(0, x). It is cheap to compute and its gradient does not shrink for positive inputs, so deep networks train faster with it than with sigmoid; it is the default activation for hidden layers, including the convolutional and dense layers of the network in the article\'s section 5.2.',
      zh: 'ReLU（修正线性单元）在输入为正时原样输出，否则输出 0，即 max(0, x)。它计算简单，正区间的梯度不会变小，因此深层网络用它比用 sigmoid 训练得更快，是隐藏层的默认选择；文章 5.2 节网络的卷积层和全连接层用的就是 ReLU。',
    },
    section: '5.2',
  },
  {
    id: 'sigmoid',
    term: { en: 'Sigmoid function', zh: 'Sigmoid 函数' },
    aliases: { en: ['sigmoid', 'logistic function', 'logistic sigmoid', 'sigmod'], zh: ['sigmoid函数', 'S型函数', '逻辑函数', '逻辑斯谛函数'] },
    definition: {
      en: 'The sigmoid function, 1 / (1 + exp(-x)), squashes any number into the range between 0 and 1, so it is often used to output the probability of a yes-or-no answer. The example in the article\'s section 4.3 uses it as the activation of every layer, which is why its gradients contain the factor a(1 - a). That factor is at most 0.25 and almost zero for large inputs, so in deep networks sigmoid slows learning and hidden layers usually use ReLU instead.',
      zh: 'Sigmoid 函数 1 / (1 + exp(-x)) 把任意实数压缩到 0 到 1 之间，常用来输出二分类问题的概率。文章 4.3 节的例子用它作为各层的激活函数，所以梯度公式里出现了因子 a(1 - a)。这个因子最大只有 0.25，输入很大或很小时几乎为 0，因此深层网络的隐藏层通常改用 ReLU。',
    },
    section: '4.3',
  },
  {
    id: 'softmax',
    term: { en: 'Softmax', zh: 'Softmax 函数' },
    aliases: { en: ['softmax function', 'soft max', 'normalized exponential'], zh: ['softmax函数', '归一化指数函数'] },
    definition: {
      en: 'Softmax turns a vector of raw scores, called logits, into probabilities that are all positive and add up to 1, by exponentiating each score and dividing by the sum of the exponentials. It is the usual last layer of a multi-class classifier, like the 10-way digit output in the article\'s section 5.2, and in Transformers it also turns attention scores into attention weights.',
      zh: 'Softmax 把一组原始得分（logits）转换成全为正、总和为 1 的概率：先对每个得分取指数，再除以所有指数之和。它通常是多分类模型的最后一层，例如文章 5.2 节里输出 10 个数字类别的那一层；在 Transformer 中，它还负责把注意力得分变成注意力权重。',
    },
    section: '5.2',
    demo: { page: 'digits' },
  },
  {
    id: 'loss-function',
    term: { en: 'Loss function', zh: '损失函数' },
    aliases: { en: ['loss', 'cost function', 'objective function', 'error function'], zh: ['损失', '代价函数', '目标函数', '误差函数', '成本函数'] },
    definition: {
      en: 'A loss function measures, as a single number, how far a model\'s predictions are from the correct answers, and training consists of adjusting the weights to make it as small as possible. Mean squared error, used in the article\'s section 4, suits predicting numbers, while cross-entropy is the standard choice for classification.',
      zh: '损失函数用一个数来衡量模型的预测和正确答案相差多远，训练就是调整权重使它尽可能小。文章第 4 节用的均方误差适合预测数值，而分类任务的标准选择是交叉熵。',
    },
    section: '4.2',
  },
  {
    id: 'mean-squared-error',
    term: { en: 'Mean squared error', zh: '均方误差' },
    aliases: { en: ['mse', 'mean square error', 'squared error', 'l2 loss', 'quadratic loss'], zh: ['MSE', '平方误差', '平方损失', 'L2损失'] },
    definition: {
      en: 'Mean squared error (MSE) averages the squared differences between predictions and targets, so large errors are penalized much more than small ones. The article\'s section 4 writes it as one half of the sum of squared errors, where the one half only makes the derivative tidier. It is the usual loss for regression, but for classification cross-entropy usually trains better.',
      zh: '均方误差（MSE）是预测值与目标值之差的平方的平均，误差越大，受到的惩罚增长得越快。文章第 4 节把它写成误差平方和的二分之一，乘 1/2 只是为了让求导结果更简洁。它是回归任务的常用损失；对分类任务，交叉熵通常训练得更好。',
    },
    section: '4.3',
  },
  {
    id: 'cross-entropy',
    term: { en: 'Cross-entropy', zh: '交叉熵' },
    aliases: {
      en: ['cross entropy', 'crossentropy', 'categorical cross-entropy', 'categorical crossentropy', 'sparse categorical cross-entropy', 'sparse categorical crossentropy', 'log loss', 'negative log-likelihood', 'nll'],
      zh: ['交叉熵损失', '分类交叉熵', '稀疏分类交叉熵', '对数损失', '负对数似然'],
    },
    definition: {
      en: 'Cross-entropy is the standard loss for classification: for each example it is minus the logarithm of the probability the model gave to the correct class, so confident wrong answers are punished hard. In Keras, categorical cross-entropy expects one-hot labels while its sparse version takes integer class labels, which is why the integer MNIST labels of the article\'s section 5.2 call for the sparse version.',
      zh: '交叉熵是分类任务的标准损失：对每个样本，取模型给正确类别的概率的负对数，因此“自信地答错”会受到很重的惩罚。在 Keras 中，categorical cross-entropy 要求 one-hot 标签，而它的稀疏版本接受整数类别标签；文章 5.2 节的 MNIST 标签是整数，所以应该用稀疏版本。',
    },
    section: '5.2',
  },
  // Training
  {
    id: 'gradient',
    term: { en: 'Gradient', zh: '梯度' },
    aliases: { en: ['gradients', 'partial derivative', 'partial derivatives', 'derivative'], zh: ['偏导数', '导数', '梯度向量'] },
    definition: {
      en: 'The gradient of the loss is the collection of its partial derivatives with respect to every weight and bias; each one says how much the loss would change if that parameter were nudged slightly. It points in the direction in which the loss increases fastest, so training moves the parameters a small step the opposite way.',
      zh: '损失的梯度是它对每个权重和偏置的偏导数组成的向量，每个分量表示该参数稍微变动时损失会变化多少。梯度指向损失增长最快的方向，所以训练时让参数朝相反方向迈一小步。',
    },
    section: '4.2',
  },
  {
    id: 'gradient-descent',
    term: { en: 'Gradient descent', zh: '梯度下降' },
    aliases: { en: ['gradient descent method', 'steepest descent', 'batch gradient descent', 'gd'], zh: ['梯度下降法', '最速下降法', '批量梯度下降'] },
    definition: {
      en: 'Gradient descent is the optimization method behind neural network training: it repeatedly computes the gradient of the loss and moves every parameter a small step in the opposite direction, with the step size set by the learning rate. The article\'s section 4.2 writes this update as w ← w − α · ∂L/∂w, and repeating it gradually lowers the loss toward a minimum, though not necessarily the best possible one.',
      zh: '梯度下降是训练神经网络所用的优化方法：反复计算损失的梯度，让每个参数沿梯度的反方向移动一小步，步长由学习率决定。文章 4.2 节把这一更新写成 w ← w − α · ∂L/∂w；不断重复，损失就会逐渐降到一个极小值附近，但不一定是全局最小值。',
    },
    section: '4.2',
  },
  {
    id: 'stochastic-gradient-descent',
    term: { en: 'Stochastic gradient descent', zh: '随机梯度下降' },
    aliases: {
      en: ['sgd', 'mini-batch gradient descent', 'minibatch gradient descent', 'sgd with momentum'],
      zh: ['SGD', '小批量梯度下降', '动量法'],
    },
    definition: {
      en: 'Stochastic gradient descent (SGD) is gradient descent in which each update uses the gradient computed on a small random batch of examples instead of the whole training set. Each step is noisier but far cheaper, so the model gets many more updates for the same amount of computation; adding momentum, a running average of past update directions, makes it faster and smoother.',
      zh: '随机梯度下降（SGD）是梯度下降的一种：每次更新只用随机抽取的一小批样本来计算梯度，而不是整个训练集。单步更新更“嘈杂”，但代价低得多，同样的计算量可以更新很多次；再加上动量（累积过去的更新方向），收敛会更快、更平稳。',
    },
    section: '4.2',
  },
  {
    id: 'backpropagation',
    term: { en: 'Backpropagation', zh: '反向传播' },
    aliases: {
      en: ['backprop', 'back propagation', 'back-propagation', 'backpropagation algorithm', 'backward pass', 'backpropogation', 'chain rule'],
      zh: ['反向传播算法', 'BP算法', '误差反向传播', '反向传递', '链式法则'],
    },
    definition: {
      en: 'Backpropagation is the algorithm that efficiently computes the gradient of the loss with respect to every weight and bias in a network. It applies the chain rule of calculus layer by layer, starting from the error at the output and working back toward the input, reusing the values saved during the forward pass. Strictly speaking it only computes the gradients and an optimizer such as gradient descent then updates the weights, although the two steps together are often loosely called backpropagation, as in the article.',
      zh: '反向传播是高效计算损失对网络中每个权重和偏置的梯度的算法。它利用微积分的链式法则，从输出端的误差出发逐层向输入端回推，并复用前向传播时保存的中间结果。严格地说，反向传播只负责求梯度，更新权重是梯度下降等优化器的工作，只是两者常被合称为反向传播，文章也是这样用的。',
    },
    section: '4.2',
  },
  {
    id: 'vanishing-gradient',
    term: { en: 'Vanishing gradient', zh: '梯度消失' },
    aliases: { en: ['vanishing gradients', 'vanishing gradient problem', 'exploding gradient', 'exploding gradients'], zh: ['梯度消失问题', '梯度爆炸'] },
    definition: {
      en: 'The vanishing gradient problem occurs when gradients shrink as they are multiplied through many layers during backpropagation, so the early layers learn extremely slowly. Saturating activations such as sigmoid, whose derivative is at most 0.25, make it worse, while ReLU, careful weight initialization, normalization layers, residual connections and the gates of LSTMs all help. The opposite problem, exploding gradients, makes training unstable.',
      zh: '梯度消失是指在反向传播中梯度逐层相乘后越来越小，使靠近输入的层几乎学不动。sigmoid 这类会饱和的激活函数（导数最大只有 0.25）会加重这个问题；ReLU、合理的权重初始化、归一化层、残差连接以及 LSTM 的门控都能缓解它。与之相反的梯度爆炸则会让训练变得不稳定。',
    },
    section: '4.3',
  },
  {
    id: 'learning-rate',
    term: { en: 'Learning rate', zh: '学习率' },
    aliases: {
      en: ['lr', 'learning-rate', 'step size', 'learning rate schedule', 'learning rate decay', 'warm-up'],
      zh: ['步长', '学习速率', '学习率衰减', '学习率调度', '学习率预热'],
    },
    definition: {
      en: 'The learning rate, written α in the article\'s section 4.2, sets how big a step gradient descent takes on each update. Too large and the loss bounces around or blows up; too small and training crawls or gets stuck, so it is one of the most important hyperparameters. It is often changed during training by a schedule, for example a short warm-up followed by a gradual decay.',
      zh: '学习率（文章 4.2 节中的 α）决定梯度下降每次更新迈多大的步子。太大时损失会来回震荡甚至发散，太小时训练缓慢或停滞不前，所以它是最重要的超参数之一。训练中常按计划调整学习率，例如先短暂预热，再逐步衰减。',
    },
    section: '4.2',
  },
  {
    id: 'optimizer',
    term: { en: 'Optimizer', zh: '优化器' },
    aliases: { en: ['optimiser', 'optimizers', 'optimization algorithm', 'optimisation algorithm', 'rmsprop', 'adagrad'], zh: ['优化算法', '优化方法'] },
    definition: {
      en: 'An optimizer is the algorithm that uses the gradients to update a model\'s weights during training. Plain stochastic gradient descent, SGD with momentum, RMSprop and Adam are common choices; in Keras the optimizer is chosen in the compile step, and the code in the article\'s section 5.2 picks Adam.',
      zh: '优化器是在训练中利用梯度更新模型权重的算法。常见的有普通随机梯度下降、带动量的 SGD、RMSprop 和 Adam；在 Keras 中，优化器在 compile 这一步指定，文章 5.2 节的代码选的是 Adam。',
    },
    section: '5.3',
  },
  {
    id: 'adam',
    term: { en: 'Adam', zh: 'Adam 优化器' },
    aliases: { en: ['adam optimizer', 'adam optimiser', 'adaptive moment estimation', 'adamw'], zh: ['自适应矩估计', 'Adam优化算法'] },
    definition: {
      en: 'Adam (adaptive moment estimation, Kingma and Ba, 2014) is an optimizer that keeps running averages of each parameter\'s gradients and squared gradients and uses them to give every parameter its own adaptive step size. It works well with little tuning, which is why it is a common default and the optimizer chosen in the article\'s section 5.2 code; AdamW is a popular variant that handles weight decay separately.',
      zh: 'Adam（自适应矩估计，Kingma 和 Ba，2014）是一种优化器：它为每个参数维护梯度及梯度平方的滑动平均，并据此给每个参数自适应的步长。它几乎不用调参就能工作得不错，因此常被当作默认选择，文章 5.2 节的代码用的也是它；AdamW 是把权重衰减单独处理的常用变体。',
    },
    section: '5.2',
  },
  {
    id: 'epoch',
    term: { en: 'Epoch', zh: '轮次' },
    aliases: { en: ['epochs', 'training epoch', 'number of epochs'], zh: ['训练轮数', '训练轮次', '迭代轮数', '轮数'] },
    definition: {
      en: 'An epoch is one complete pass of the training algorithm over the whole training set. Training usually runs for several epochs, five in the article\'s section 5.2 code, and the number of epochs is a hyperparameter: too few leave the model underfitted, while too many can lead to overfitting, which early stopping guards against.',
      zh: '一个轮次（epoch）指训练算法把整个训练集完整过一遍。训练通常要跑多个轮次，文章 5.2 节的代码设的是 5 轮。轮数是超参数：太少会欠拟合，太多可能过拟合，早停法就是用来防止后者的。',
    },
    section: '5.3',
  },
  {
    id: 'batch',
    term: { en: 'Batch', zh: '批次' },
    aliases: { en: ['mini-batch', 'minibatch', 'mini batch', 'batches', 'batch size', 'training step'], zh: ['小批量', '批大小', '批量大小', '批量', '训练步'] },
    definition: {
      en: 'A batch, or mini-batch, is the small group of training examples the model processes together before making one weight update, and the batch size is how many examples it holds (Keras uses 32 by default). One epoch therefore takes the training-set size divided by the batch size update steps; larger batches give more accurate gradient estimates and keep a GPU busier, but need more memory.',
      zh: '批次（mini-batch）是模型在做一次权重更新前一起处理的一小组训练样本，批大小就是其中的样本数（Keras 默认为 32）。因此一个轮次包含“训练集大小 ÷ 批大小”次更新；批越大，梯度估计越准、越能发挥 GPU 的并行能力，但也更占内存。',
    },
    section: '5.3',
  },
  {
    id: 'hyperparameter',
    term: { en: 'Hyperparameter', zh: '超参数' },
    aliases: { en: ['hyperparameters', 'hyper-parameter', 'hyper parameter', 'hyperparameter tuning', 'hyperparameter search'], zh: ['超参', '超参数调优', '调参'] },
    definition: {
      en: 'A hyperparameter is a setting chosen before training rather than learned from the data, such as the learning rate, batch size, number of epochs, number of layers and neurons, or dropout rate. Hyperparameters are tuned by comparing results on the validation set, never on the test set.',
      zh: '超参数是在训练开始前就要设定、而不是从数据中学到的配置，例如学习率、批大小、训练轮数、层数和每层神经元数、dropout 比例等。调整超参数时应比较验证集上的结果，而不能用测试集。',
    },
    section: '3.2',
  },
  {
    id: 'data-normalization',
    term: { en: 'Data normalization', zh: '数据归一化' },
    aliases: {
      en: ['normalization', 'normalisation', 'standardization', 'standardisation', 'feature scaling', 'data preprocessing', 'min-max scaling', 'z-score'],
      zh: ['归一化', '标准化', '数据标准化', '数据预处理', '预处理', '特征缩放'],
    },
    definition: {
      en: 'Data normalization rescales input values to a common, small range before training, for example by dividing pixel values by 255 so that they lie between 0 and 1, as the article\'s section 5.2 does, or by standardizing each feature to zero mean and unit variance. Inputs on similar scales make gradient descent converge faster and more reliably. The same transformation must also be applied to validation, test and real-world inputs.',
      zh: '数据归一化是在训练前把输入数值缩放到统一的较小范围，比如像文章 5.2 节那样把像素值除以 255 变成 0 到 1 之间，或者把每个特征标准化为均值 0、方差 1。输入尺度相近时，梯度下降收敛得更快、更稳定。验证集、测试集和实际使用时的输入也必须做同样的变换。',
    },
    section: '3.2',
  },
  // Data and evaluation
  {
    id: 'training-set',
    term: { en: 'Training set', zh: '训练集' },
    aliases: { en: ['training data', 'train set', 'training dataset', 'train split'], zh: ['训练数据', '训练数据集', '训练样本'] },
    definition: {
      en: 'The training set is the part of the data the model actually learns from: its weights are adjusted to reduce the loss on these examples. Doing well on the training set alone proves little, because a model can simply memorize it, so performance is always checked on separate validation and test sets.',
      zh: '训练集是模型真正用来学习的那部分数据，模型的权重就是为了降低在这些样本上的损失而调整的。只在训练集上表现好说明不了什么，因为模型可能只是把它背了下来，所以必须在独立的验证集和测试集上检验。',
    },
    section: '5.3',
  },
  {
    id: 'validation-set',
    term: { en: 'Validation set', zh: '验证集' },
    aliases: {
      en: ['validation data', 'validation split', 'dev set', 'development set', 'holdout set', 'val set', 'cross-validation'],
      zh: ['验证数据', '验证数据集', '开发集', '交叉验证'],
    },
    definition: {
      en: 'A validation set is data held out from training and used to make decisions during development: choosing hyperparameters, comparing models and deciding when to stop training. The validation split of 0.1 in the article\'s section 5.2 code holds back the last 10% of the training data for this purpose. Because these decisions are tuned to it, the validation score is slightly optimistic, which is why a separate test set is still needed.',
      zh: '验证集是从训练中留出来、在开发过程中用于做决定的数据：选择超参数、比较不同模型、决定何时停止训练。文章 5.2 节代码中的验证比例 0.1，就是把训练数据的最后 10% 留作验证集。由于这些决定都是针对验证集做的，验证成绩会略偏乐观，所以仍然需要一个独立的测试集。',
    },
    section: '9.7',
  },
  {
    id: 'test-set',
    term: { en: 'Test set', zh: '测试集' },
    aliases: { en: ['test data', 'test dataset', 'held-out test set', 'test split'], zh: ['测试数据', '测试数据集'] },
    definition: {
      en: 'The test set is data kept completely apart until the end and used once to estimate how well the finished model works on data it has never seen. It must not influence any training or tuning decision, otherwise its score becomes an optimistic guess rather than a fair measurement. MNIST, for example, comes with a standard test set of 10,000 images.',
      zh: '测试集是在整个开发过程中完全隔离、只在最后使用的数据，用来估计最终模型在从未见过的数据上的表现。它不能影响任何训练或调参决定，否则测试成绩就会偏乐观，失去公正性。例如 MNIST 自带一个包含 1 万张图像的标准测试集。',
    },
    section: '5.4',
  },
  {
    id: 'accuracy',
    term: { en: 'Accuracy', zh: '准确率' },
    aliases: {
      en: ['test accuracy', 'classification accuracy', 'evaluation metric', 'f1 score'],
      zh: ['正确率', '测试准确率', '评价指标', '评估指标', '精确率', '召回率'],
    },
    definition: {
      en: 'Accuracy is the fraction of examples a classifier labels correctly, and it is the metric the article\'s section 5.4 reports on the MNIST test set. It is easy to read but can mislead when the classes are unbalanced, since a model that always predicts the majority class can score highly, so precision, recall or the F1 score are often reported as well.',
      zh: '准确率是分类器判对的样本所占的比例，文章 5.4 节报告的就是模型在 MNIST 测试集上的准确率。它直观易懂，但在类别不平衡时可能误导人：总是预测多数类的模型也能得到很高的准确率，因此常同时报告精确率、召回率或 F1 分数。',
    },
    section: '5.4',
  },
  // Overfitting and regularization
  {
    id: 'overfitting',
    term: { en: 'Overfitting', zh: '过拟合' },
    aliases: { en: ['overfit', 'over-fitting', 'over fitting', 'overfitted', 'overtraining'], zh: ['过度拟合', '过拟合现象', '过训练'] },
    definition: {
      en: 'Overfitting happens when a model fits the training data too closely, memorizing its noise and quirks, so it scores well on the training set but noticeably worse on new data. It shows up as a widening gap between training and validation results, and is countered with more or augmented data, regularization, dropout, early stopping or a smaller model, several of which the article\'s FAQ 9.7 lists.',
      zh: '过拟合是指模型把训练数据拟合得过于紧密，连其中的噪声和偶然特点都记住了，于是在训练集上表现很好，在新数据上却明显变差。它的信号是训练成绩和验证成绩之间的差距越拉越大；应对方法包括增加数据或做数据增强、正则化、dropout、早停以及使用更小的模型，文章 9.7 节列出了其中几种。',
    },
    section: '9.7',
  },
  {
    id: 'underfitting',
    term: { en: 'Underfitting', zh: '欠拟合' },
    aliases: { en: ['underfit', 'under-fitting', 'under fitting', 'underfitted'], zh: ['拟合不足', '欠拟合现象'] },
    definition: {
      en: 'Underfitting happens when a model is too simple or has been trained too little to capture the patterns in the data, so it performs poorly even on the training set. Typical remedies are a larger model, more training epochs, better input features or less regularization.',
      zh: '欠拟合是指模型过于简单或训练得不够，没能抓住数据中的规律，因此连在训练集上的表现都很差。常见的解决办法是加大模型、多训练几个轮次、改进输入特征或减弱正则化。',
    },
    section: '9.7',
  },
  {
    id: 'generalization',
    term: { en: 'Generalization', zh: '泛化' },
    aliases: { en: ['generalisation', 'generalization error', 'generalization gap', 'generalize', 'generalise'], zh: ['泛化能力', '泛化误差', '推广能力'] },
    definition: {
      en: 'Generalization is a model\'s ability to perform well on new data it did not see during training, which is the real goal of learning. The difference between training and test performance, called the generalization gap, shows how much the model has memorized rather than learned.',
      zh: '泛化是指模型在训练时没见过的新数据上依然表现良好的能力，这才是学习的真正目标。训练成绩与测试成绩之间的差距称为泛化差距，它反映了模型有多少是死记硬背，而不是真正学会。',
    },
    section: '9.7',
  },
  {
    id: 'regularization',
    term: { en: 'Regularization', zh: '正则化' },
    aliases: {
      en: ['regularisation', 'regularizer', 'l1 regularization', 'l2 regularization', 'l1', 'l2', 'weight decay', 'ridge', 'lasso'],
      zh: ['L1正则化', 'L2正则化', '权重衰减', '正则项', '正则化项'],
    },
    definition: {
      en: 'Regularization is any technique that discourages a model from becoming too complex, in order to reduce overfitting. The classic forms add a penalty to the loss: L2 regularization, also called weight decay, penalizes the sum of squared weights, while L1 penalizes the sum of absolute weights and tends to drive many of them to exactly zero. In a broader sense, dropout, data augmentation and early stopping are regularizers too.',
      zh: '正则化泛指一切抑制模型变得过于复杂、从而减轻过拟合的技术。经典做法是在损失中加一个惩罚项：L2 正则化（又称权重衰减）惩罚权重的平方和，L1 正则化惩罚权重的绝对值之和，往往会把许多权重压成恰好为 0。广义上，dropout、数据增强和早停也都属于正则化。',
    },
    section: '9.7',
  },
  {
    id: 'dropout',
    term: { en: 'Dropout', zh: '随机失活' },
    aliases: { en: ['drop out', 'dropout rate', 'dropout layer'], zh: ['丢弃法', '暂退法', 'dropout层'] },
    definition: {
      en: 'Dropout is a regularization technique that, at each training step, randomly switches off a fraction of the neurons, for example 10% or 50%, by setting their outputs to zero. Because no neuron can count on any particular other neuron being present, the network learns more robust, redundant features and overfits less. At inference time dropout is turned off and all neurons are used.',
      zh: 'Dropout（随机失活）是一种正则化技术：每个训练步随机“关掉”一部分神经元（例如 10% 或 50%），把它们的输出置零。由于任何神经元都不能指望别的某个神经元一定存在，网络会学到更稳健、更冗余的特征，从而减轻过拟合。推理时不再丢弃，所有神经元都参与计算。',
    },
    section: '9.7',
  },
  {
    id: 'batch-normalization',
    term: { en: 'Batch normalization', zh: '批归一化' },
    aliases: { en: ['bn', 'batchnorm', 'batch norm', 'batch-norm', 'batch normalisation'], zh: ['批量归一化', '批标准化', '批量标准化', '批规范化'] },
    definition: {
      en: 'Batch normalization (Ioffe and Szegedy, 2015) normalizes the inputs of a layer to zero mean and unit variance using the statistics of the current mini-batch, then applies a learned scale and shift. It makes training faster and more stable, allows higher learning rates and has a mild regularizing effect; at inference time it uses running averages collected during training instead of batch statistics.',
      zh: '批归一化（Ioffe 和 Szegedy，2015）用当前小批量数据的均值和方差，把某一层的输入标准化为均值 0、方差 1，再乘以可学习的缩放系数并加上偏移。它能让训练更快、更稳定，允许使用更大的学习率，还有轻微的正则化效果；推理时改用训练中累计的滑动平均统计量。',
    },
    section: '9.8',
  },
  {
    id: 'layer-normalization',
    term: { en: 'Layer normalization', zh: '层归一化' },
    aliases: { en: ['layernorm', 'layer norm', 'ln', 'layer normalisation'], zh: ['层标准化'] },
    definition: {
      en: 'Layer normalization (Ba, Kiros and Hinton, 2016) normalizes the values of each single example across its features, rather than across a batch as batch normalization does, and then applies a learned scale and shift. Because it does not depend on the batch, it behaves the same in training and inference and suits sequence models; every Transformer block uses it.',
      zh: '层归一化（Ba、Kiros 和 Hinton，2016）对单个样本在其所有特征维度上做标准化，而不是像批归一化那样跨批次统计，之后同样做可学习的缩放和偏移。它不依赖批次，训练和推理时行为一致，适合序列模型，每个 Transformer 模块中都会用到它。',
    },
    section: '7',
  },
  {
    id: 'data-augmentation',
    term: { en: 'Data augmentation', zh: '数据增强' },
    aliases: { en: ['augmentation', 'data augmentations', 'image augmentation'], zh: ['数据扩增', '数据扩充', '数据增广'] },
    definition: {
      en: 'Data augmentation creates modified copies of training examples, such as slightly rotated, shifted, scaled or noisy images, so that the model sees more variety and overfits less. The changes must keep the label valid: flipping a photo of a cat is fine, but flipping a digit can change its meaning. Contrary to item 2 of the article\'s FAQ 9.6, it does not speed up training; each epoch usually takes longer, and the benefit is better generalization.',
      zh: '数据增强是对训练样本做一些变换来生成新样本，比如把图像稍微旋转、平移、缩放或加噪声，让模型见到更多变化，从而减轻过拟合。变换必须保持标签不变：把猫的照片左右翻转没问题，把数字翻转却可能改变它的含义。与文章 9.6 节第 2 条的说法相反，数据增强并不能加快训练，每轮训练通常反而更慢，它的好处在于更好的泛化能力。',
    },
    section: '9.8',
  },
  {
    id: 'early-stopping',
    term: { en: 'Early stopping', zh: '早停' },
    aliases: { en: ['early stop', 'early-stopping', 'patience'], zh: ['早停法', '提前停止', '提前终止', '早期停止'] },
    definition: {
      en: 'Early stopping ends training once performance on the validation set has stopped improving for a set number of epochs, called the patience, and keeps the weights from the best epoch. It is a simple and effective guard against overfitting, because past that point the model usually starts to memorize the training data.',
      zh: '早停是指当验证集上的表现连续若干轮（称为耐心值）不再提升时就结束训练，并保留表现最好那一轮的权重。这是一种简单有效的防过拟合手段，因为过了这个点，模型通常就开始死记训练数据了。',
    },
    section: '9.7',
  },
  // Convolutional networks
  {
    id: 'convolution',
    term: { en: 'Convolution', zh: '卷积' },
    aliases: {
      en: ['convolutional layer', 'convolutional', 'convolution layer', 'conv layer', 'conv2d', 'conv', 'convolution kernel'],
      zh: ['卷积层', '卷积核', '滤波器', '卷积运算', '过滤器'],
    },
    definition: {
      en: 'A convolution slides a small grid of weights, the kernel or filter, across the input and computes a weighted sum at every position, producing a feature map that shows where the pattern of the filter appears. Because the same weights are reused everywhere, a convolutional layer needs few parameters and can detect a pattern wherever it occurs; the first layer of the network in the article\'s section 5.2, Conv2D(32, (3, 3)), learns 32 such 3x3 filters.',
      zh: '卷积是把一个小的权重网格（卷积核，也叫滤波器）在输入上逐位置滑动，在每个位置计算加权和，得到一张显示该模式出现在哪里的特征图。由于同一组权重在所有位置共享，卷积层参数很少，而且无论图案出现在哪里都能检测到；文章 5.2 节网络的第一层 Conv2D(32, (3, 3)) 就学习了 32 个这样的 3×3 卷积核。',
    },
    section: '5.2',
    demo: { page: 'digits', view: 'features' },
  },
  {
    id: 'convolutional-neural-network',
    term: { en: 'Convolutional neural network', zh: '卷积神经网络' },
    aliases: {
      en: ['cnn', 'cnns', 'convnet', 'convolutional network', 'convolutional neural networks'],
      zh: ['CNN', '卷积网络'],
    },
    definition: {
      en: 'A convolutional neural network (CNN) is a neural network built mainly from convolutional layers, usually interleaved with pooling layers and followed by fully connected layers that make the final decision. CNNs are the standard architecture for images, used for recognition, detection and segmentation; the code in the article\'s section 5.2 is a small CNN for handwritten digits, and Glassbox runs a corrected version of it.',
      zh: '卷积神经网络（CNN）主要由卷积层构成，中间通常穿插池化层，最后接几层全连接层做出判断。CNN 是处理图像的标准架构，用于图像识别、目标检测和图像分割等任务；文章 5.2 节的代码就是一个识别手写数字的小型 CNN，Glassbox 运行的正是它修正后的版本。',
    },
    section: '5.2',
    demo: { page: 'digits', view: 'features' },
  },
  {
    id: 'pooling',
    term: { en: 'Pooling', zh: '池化' },
    aliases: {
      en: ['pooling layer', 'max pooling', 'max-pooling', 'maxpooling', 'maxpooling2d', 'average pooling', 'global average pooling', 'downsampling', 'subsampling'],
      zh: ['池化层', '最大池化', '平均池化', '下采样', '汇聚'],
    },
    definition: {
      en: 'Pooling shrinks a feature map by summarizing small windows of it; max pooling, like the MaxPooling2D((2, 2)) layers of the article\'s section 5.2, keeps the largest value in each 2x2 window and halves the width and height. It reduces computation, has no learnable weights and makes the network a little less sensitive to small shifts of the input.',
      zh: '池化通过汇总特征图中的小窗口来缩小特征图；最大池化（如文章 5.2 节中的 MaxPooling2D((2, 2)) 层）在每个 2×2 窗口中只保留最大值，使宽和高各减半。池化能减少计算量，本身没有可学习的权重，还让网络对输入的微小平移不那么敏感。',
    },
    section: '5.3',
    demo: { page: 'digits', view: 'features' },
  },
  {
    id: 'feature-map',
    term: { en: 'Feature map', zh: '特征图' },
    aliases: {
      en: ['feature maps', 'activation map', 'activation maps', 'channel activations', 'hidden activations', 'intermediate features', 'intermediate layer features'],
      zh: ['特征映射', '激活图', '中间层特征', '中间特征'],
    },
    definition: {
      en: 'A feature map is the output of one filter in a convolutional layer: a grid that lights up wherever the pattern the filter has learned appears in the input. Early layers produce feature maps for simple patterns such as edges and stroke directions and deeper layers for larger combinations, and looking at them is one way to analyze the intermediate-layer features, as the article\'s FAQ 9.5 suggests.',
      zh: '特征图是卷积层中某个卷积核的输出：一张网格图，输入中出现该卷积核所学模式的地方就会“亮”起来。浅层的特征图对应边缘、笔画方向等简单模式，深层则对应更大的组合；查看特征图正是文章 9.5 节所说“分析模型的中间层特征”的一种方式。',
    },
    section: '9.5',
    demo: { page: 'digits', view: 'features' },
  },
  {
    id: 'fully-connected-layer',
    term: { en: 'Fully connected layer', zh: '全连接层' },
    aliases: {
      en: ['fully-connected layer', 'dense layer', 'dense', 'fc layer', 'fc', 'linear layer'],
      zh: ['密集层', '稠密层', 'FC层', 'Dense层', '线性层'],
    },
    definition: {
      en: 'In a fully connected layer, called Dense in Keras, every neuron receives every output of the previous layer and computes a weighted sum plus a bias followed by an activation. In a CNN the feature maps are first flattened into one long vector and then passed through fully connected layers, as in the article\'s section 5.2, whose last Dense layer outputs the probabilities of the 10 classes.',
      zh: '全连接层（Keras 中叫 Dense）里的每个神经元都接收上一层的全部输出，计算加权和加偏置，再经过激活函数。在 CNN 中，特征图先被展平（Flatten）成一个长向量，再送入全连接层，文章 5.2 节就是这样，最后一个 Dense 层输出 10 个类别的概率。',
    },
    section: '5.3',
  },
  // Sequence models and Transformers
  {
    id: 'recurrent-neural-network',
    term: { en: 'Recurrent neural network', zh: '循环神经网络' },
    aliases: {
      en: ['rnn', 'rnns', 'recurrent network', 'recurrent neural networks'],
      zh: ['RNN', '递归神经网络', '循环网络'],
    },
    definition: {
      en: 'A recurrent neural network (RNN) processes a sequence such as text or speech one element at a time, carrying a hidden state from each step to the next as a running memory of what it has seen. Plain RNNs struggle with long sequences because of vanishing gradients and cannot be parallelized across time steps, so gated variants such as the LSTM were developed, and for language they have largely been replaced by Transformers.',
      zh: '循环神经网络（RNN）逐个处理文本、语音等序列中的元素，并把隐藏状态从一步传到下一步，作为对已读内容的“记忆”。普通 RNN 在长序列上会遇到梯度消失，而且无法在时间步之间并行计算，因此出现了 LSTM 等带门控的变体；在语言任务上，它们如今大多已被 Transformer 取代。',
    },
    section: '3.4',
  },
  {
    id: 'lstm',
    term: { en: 'Long short-term memory', zh: '长短期记忆网络' },
    aliases: {
      en: ['lstm', 'lstms', 'long short term memory', 'gru', 'gated recurrent unit'],
      zh: ['LSTM', '长短期记忆', '长短时记忆网络', 'GRU', '门控循环单元'],
    },
    definition: {
      en: 'Long short-term memory (LSTM, Hochreiter and Schmidhuber, 1997) is a kind of recurrent neural network whose cells hold a memory controlled by gates that decide what to store, what to forget and what to output. The gates let gradients flow across many time steps, so LSTMs can learn much longer-range dependencies than plain RNNs; the gated recurrent unit (GRU) is a simpler variant of the same idea.',
      zh: '长短期记忆网络（LSTM，Hochreiter 和 Schmidhuber，1997）是一种循环神经网络，它的单元内有一个记忆状态，由若干“门”决定存入什么、遗忘什么、输出什么。门控机制让梯度能够跨越许多时间步传递，因此 LSTM 能学到比普通 RNN 长得多的依赖关系；门控循环单元（GRU）是同一思路的简化版本。',
    },
    section: '3.4',
  },
  {
    id: 'attention',
    term: { en: 'Attention', zh: '注意力机制' },
    aliases: { en: ['attention mechanism', 'attention weights', 'attention scores', 'attention map', 'query key value', 'qkv'], zh: ['注意力', '注意力权重', '注意力分数'] },
    definition: {
      en: 'Attention is a mechanism that lets a model, while processing one position, look at all other positions and weight them by relevance. Each position issues a query that is compared with the keys of the others, a softmax turns the comparison scores into weights, and the output is the weighted average of their values. It was introduced for machine translation and became the core of the Transformer.',
      zh: '注意力机制让模型在处理某个位置时，可以查看所有其他位置，并按相关程度给它们分配权重。具体来说，每个位置发出一个查询（query），与其他位置的键（key）比较，得分经 softmax 变成权重，输出就是各位置值（value）的加权平均。它最早用于机器翻译，后来成为 Transformer 的核心。',
    },
    section: '7',
    demo: { page: 'text', view: 'attention' },
  },
  {
    id: 'self-attention',
    term: { en: 'Self-attention', zh: '自注意力' },
    aliases: { en: ['self attention', 'selfattention', 'intra-attention', 'scaled dot-product attention', 'dot-product attention'], zh: ['自注意力机制', '自注意', '缩放点积注意力'] },
    definition: {
      en: 'Self-attention is attention in which the queries, keys and values all come from the same sequence, so every token can draw information directly from every other token, however far apart they are. In the Transformer the scores are the dot products of queries and keys divided by the square root of the key size, turned into weights by a softmax. Its cost grows with the square of the sequence length, since every pair of tokens is compared.',
      zh: '自注意力是查询、键、值都来自同一个序列的注意力，因此每个词元都能直接从其他任何词元获取信息，无论相隔多远。在 Transformer 中，得分是查询和键的点积再除以键维度的平方根，经 softmax 变成权重。由于每两个词元之间都要比较一次，它的计算量随序列长度的平方增长。',
    },
    section: '7',
    demo: { page: 'text', view: 'attention' },
  },
  {
    id: 'multi-head-attention',
    term: { en: 'Multi-head attention', zh: '多头注意力' },
    aliases: { en: ['multihead attention', 'multi head attention', 'attention head', 'attention heads'], zh: ['多头注意力机制', '注意力头', '多头'] },
    definition: {
      en: 'Multi-head attention runs several attention operations, called heads, side by side, each with its own learned projections of the queries, keys and values, and then combines their outputs. Different heads can track different kinds of relations between tokens, though single heads are not always easy to interpret; the text lab of Glassbox lets you inspect each head of each layer of its small Transformers.',
      zh: '多头注意力并行运行多组注意力计算（称为“头”），每个头对查询、键、值有自己的可学习投影，最后把各头的输出合并起来。不同的头可以关注词元之间不同类型的关系，不过单个头的含义并不总是容易解读；在 Glassbox 的文本实验室里，可以逐层逐头查看其小型 Transformer 的注意力。',
    },
    section: '7',
    demo: { page: 'text', view: 'attention' },
  },
  {
    id: 'transformer',
    term: { en: 'Transformer', zh: 'Transformer 模型' },
    aliases: {
      en: ['transformers', 'transformer model', 'transformer architecture', 'attention is all you need', 'large language model'],
      zh: ['Transformer架构', '变换器', '大语言模型', '大模型', 'GPT'],
    },
    definition: {
      en: 'The Transformer, introduced in the 2017 paper Attention Is All You Need that the article cites, is a neural network architecture built from self-attention and feed-forward layers with residual connections and layer normalization, and without recurrence. Because it processes all positions of a sequence in parallel, it trains efficiently on GPUs and scales to very large models; BERT, GPT and the Vision Transformer are all based on it.',
      zh: 'Transformer 由文章引用的 2017 年论文《Attention Is All You Need》提出，是一种由自注意力层和前馈层构成、配有残差连接和层归一化、不含循环结构的神经网络架构。它能并行处理序列中的所有位置，因此在 GPU 上训练效率高，并能扩展到非常大的规模；BERT、GPT 和视觉 Transformer（ViT）都以它为基础。',
    },
    section: '7',
    demo: { page: 'text', view: 'attention' },
  },
  {
    id: 'positional-encoding',
    term: { en: 'Positional encoding', zh: '位置编码' },
    aliases: { en: ['position encoding', 'positional embedding', 'positional embeddings', 'position embedding', 'sinusoidal encoding'], zh: ['位置嵌入', '位置向量'] },
    definition: {
      en: 'Self-attention by itself ignores word order, so Transformers add a positional encoding to the embedding of each token to tell the model where it sits in the sequence. The original Transformer used fixed sine and cosine patterns, while models such as BERT learn a separate embedding vector for each position.',
      zh: '自注意力本身不考虑词序，所以 Transformer 会在每个词元的嵌入上加一个位置编码，告诉模型它在序列中的位置。原始 Transformer 使用固定的正弦、余弦模式，而 BERT 等模型则为每个位置学习一个单独的嵌入向量。',
    },
    section: '7',
  },
  {
    id: 'bert',
    term: { en: 'BERT', zh: 'BERT 模型' },
    aliases: {
      en: ['bidirectional encoder representations from transformers', 'bert model', 'masked language model', 'masked language modeling', 'mlm'],
      zh: ['BERT模型', '掩码语言模型', '双向编码器'],
    },
    definition: {
      en: 'BERT (Devlin et al., 2018) is a Transformer encoder pretrained on large amounts of text by predicting words that have been hidden, or masked, from the context on both sides. It is then fine-tuned for tasks such as classification, usually by reading the output at a special CLS token placed at the start of the input. The small text models in the text lab of Glassbox follow the same BERT-style encoder design.',
      zh: 'BERT（Devlin 等，2018）是一个 Transformer 编码器，先在海量文本上预训练：把一些词遮住（mask），让模型根据左右两侧的上下文把它们猜出来。之后再针对分类等任务微调，通常读取输入开头一个特殊 CLS 词元上的输出来做判断。Glassbox 文本实验室中的小模型采用的也是这种 BERT 式的编码器结构。',
    },
    section: '3.4',
    demo: { page: 'text' },
  },
  {
    id: 'embedding',
    term: { en: 'Embedding', zh: '嵌入' },
    aliases: {
      en: ['embeddings', 'embedding layer', 'word embedding', 'word embeddings', 'token embedding', 'word vector', 'word vectors', 'word2vec', 'vector representation', 'sentence embedding'],
      zh: ['词嵌入', '嵌入层', '嵌入向量', '词向量', '向量表示', '句向量'],
    },
    definition: {
      en: 'An embedding represents a discrete item, such as a word or token, as a dense vector of numbers learned during training, placed so that items used in similar ways end up close together. An embedding layer is simply a trainable lookup table from token ids to vectors and forms the first layer of language models; whole sentences can be embedded too, for search and comparison.',
      zh: '嵌入是把词、词元等离散对象表示成一个由数字组成的稠密向量，这个向量在训练中学得，用法相近的对象会彼此靠近。嵌入层本质上是一张从词元编号查到向量的可训练查找表，是语言模型的第一层；整句话也可以被嵌入成向量，用于检索和比较。',
    },
    section: '3.4',
  },
  {
    id: 'tokenization',
    term: { en: 'Tokenization', zh: '分词' },
    aliases: {
      en: ['tokenisation', 'tokenizer', 'tokeniser', 'subword', 'subword tokenization', 'wordpiece', 'bpe', 'byte pair encoding'],
      zh: ['词元化', '分词器', '子词', '标记化'],
    },
    definition: {
      en: 'Tokenization splits text into tokens, the units a language model works with, and maps each token to an integer id in a fixed vocabulary. Modern tokenizers such as WordPiece and byte pair encoding keep common words whole and break rare ones into subword pieces, while BERT-style models treat each Chinese character as one token.',
      zh: '分词（词元化）是把文本切分成语言模型处理的基本单位，即词元（token），并把每个词元映射为固定词表中的一个整数编号。WordPiece、字节对编码（BPE）等现代分词器会保留常见词的完整形式，把罕见词拆成子词片段；BERT 式模型则把每个汉字当作一个词元。',
    },
    section: '3.4',
    demo: { page: 'text' },
  },
  {
    id: 'gan',
    term: { en: 'Generative adversarial network', zh: '生成对抗网络' },
    aliases: {
      en: ['gan', 'gans', 'generative adversarial networks', 'generator', 'discriminator'],
      zh: ['GAN', '对抗生成网络', '生成器', '判别器'],
    },
    definition: {
      en: 'A generative adversarial network (GAN, Goodfellow et al., 2014) trains two networks against each other: a generator that turns random noise into fake samples and a discriminator that tries to tell them apart from real data. As both improve, the generator learns to produce realistic images, which is why GANs are used for image generation and restoration, as the article\'s section 6 mentions. Their training can be unstable, and diffusion models have since overtaken them in many generation tasks.',
      zh: '生成对抗网络（GAN，Goodfellow 等，2014）让两个网络相互对抗地训练：生成器把随机噪声变成伪造样本，判别器努力把它们和真实数据区分开。双方不断提高，生成器最终学会生成逼真的图像，因此 GAN 被用于图像生成和图像修复，文章第 6 节也提到了这一点。GAN 的训练容易不稳定，如今在许多生成任务上已被扩散模型超越。',
    },
    section: '6',
  },
  // Reusing models
  {
    id: 'transfer-learning',
    term: { en: 'Transfer learning', zh: '迁移学习' },
    aliases: { en: ['transfer-learning', 'knowledge transfer'], zh: ['知识迁移'] },
    definition: {
      en: 'Transfer learning reuses what a model learned on one task or dataset as the starting point for another, typically by taking a pretrained model and fine-tuning it. Because the model already knows useful general features, the new task needs far less data and computation, which is why the article\'s FAQ 9.6 lists it as a way to shorten training.',
      zh: '迁移学习是把模型在一个任务或数据集上学到的知识作为另一个任务的起点，通常做法是拿一个预训练模型来微调。由于模型已经掌握了通用的有用特征，新任务所需的数据和计算量都少得多，这也是文章 9.6 节把它列为缩短训练时间的方法的原因。',
    },
    section: '9.6',
  },
  {
    id: 'fine-tuning',
    term: { en: 'Fine-tuning', zh: '微调' },
    aliases: { en: ['fine tuning', 'finetuning', 'fine-tune', 'fine tune', 'finetune', 'freezing layers', 'frozen layers'], zh: ['精调', '模型微调', '冻结层'] },
    definition: {
      en: 'Fine-tuning continues training a pretrained model on the data of a new task, usually with a small learning rate so that its useful knowledge is adjusted rather than erased. The output layer is often replaced to fit the new labels, and when the new dataset is small the earliest layers may be frozen, meaning their weights are kept fixed.',
      zh: '微调是在新任务的数据上继续训练一个预训练模型，通常使用较小的学习率，让原有知识得到调整而不是被抹掉。一般会把输出层换成适合新标签的新层；新数据集较小时，还常把最前面几层冻结，即保持其权重不变。',
    },
    section: '9.6',
  },
  {
    id: 'pretraining',
    term: { en: 'Pretraining', zh: '预训练' },
    aliases: {
      en: ['pre-training', 'pretrained', 'pre-trained', 'pretrained model', 'pre-trained model', 'foundation model', 'self-supervised learning'],
      zh: ['预训练模型', '基础模型', '自监督学习'],
    },
    definition: {
      en: 'Pretraining is the first, expensive stage in which a model learns general-purpose features from a very large dataset, such as millions of labelled images, or huge amounts of unlabelled text with a self-supervised objective like predicting hidden words. The resulting pretrained model is then adapted to specific tasks by fine-tuning, which is much cheaper than training from scratch.',
      zh: '预训练是代价高昂的第一阶段：模型在超大规模数据上学习通用特征，例如数百万张带标签的图像，或者用“预测被遮住的词”这类自监督目标学习海量无标注文本。得到的预训练模型再通过微调适配到具体任务，成本远低于从零开始训练。',
    },
    section: '9.6',
  },
  // Interpretability
  {
    id: 'interpretability',
    term: { en: 'Interpretability', zh: '可解释性' },
    aliases: {
      en: ['explainability', 'explainable ai', 'xai', 'interpretable machine learning', 'model explanation', 'interpretable'],
      zh: ['可解释人工智能', '可解释AI', 'XAI', '解释性', '模型解释', '可解释机器学习'],
    },
    definition: {
      en: 'Interpretability is the degree to which people can understand why a model makes the predictions it does. Deep networks with millions of weights are hard to interpret, a weakness the article names in sections 3.3 and 8.3, and approaches include inherently interpretable models, inspecting intermediate features and attribution methods such as saliency maps. Explanations are themselves approximations and can mislead, so they should be sanity-checked rather than taken at face value.',
      zh: '可解释性指人们能在多大程度上理解模型为什么做出某个预测。拥有数百万个权重的深度网络很难解释，文章在 3.3 节和 8.3 节都把这一点列为弱点；改进的途径包括使用本身可解释的模型、分析中间层特征，以及显著图等归因方法。解释本身也只是近似，可能误导人，因此应当经过合理性检验，而不能照单全收。',
    },
    section: '9.5',
    demo: { page: 'digits', view: 'saliency' },
  },
  {
    id: 'saliency-map',
    term: { en: 'Saliency map', zh: '显著图' },
    aliases: {
      en: ['saliency', 'saliency maps', 'vanilla gradient', 'gradient saliency', 'input gradient', 'sensitivity map', 'heatmap', 'heat map', 'attribution map'],
      zh: ['显著性图', '显著性', '梯度显著图', '热力图', '归因图'],
    },
    definition: {
      en: 'A saliency map is a heatmap over the input showing how much each part of it, such as each pixel, influenced a model\'s prediction. The simplest version (Simonyan et al., 2014) takes the gradient of the class score with respect to the input pixels, showing where a small change would most affect the score. Such maps show sensitivity rather than proof of what the model relies on, and raw gradients are noisy, which motivated methods such as SmoothGrad and integrated gradients.',
      zh: '显著图是覆盖在输入上的热力图，显示每个部分（例如每个像素）对模型预测的影响有多大。最简单的做法（Simonyan 等，2014）是计算类别得分对输入像素的梯度，表示哪里的微小改动最能影响得分。这种图反映的是敏感程度，并不能证明模型真正依赖什么，而且原始梯度噪声较大，因此才有了 SmoothGrad、积分梯度等改进方法。',
    },
    section: '9.5',
    demo: { page: 'digits', method: 'gradient', view: 'saliency' },
  },
  {
    id: 'gradient-x-input',
    term: { en: 'Gradient times input', zh: '梯度乘输入' },
    aliases: { en: ['gradient x input', 'gradient × input', 'input x gradient', 'input times gradient'], zh: ['梯度×输入', '输入乘梯度'] },
    definition: {
      en: 'Gradient times input (Shrikumar et al., 2016) multiplies each input value by the gradient of the class score with respect to it, element by element. Unlike the plain gradient, it weighs sensitivity by how much of the feature is actually present, so the blank background pixels of a digit, whose value is zero, get no credit at all.',
      zh: '梯度乘输入（Shrikumar 等，2016）把每个输入值与类别得分对它的梯度逐元素相乘。与单纯的梯度不同，它按特征实际存在的多少来加权敏感度，所以手写数字图中值为 0 的空白背景像素得不到任何功劳。',
    },
    section: '9.5',
    demo: { page: 'digits', method: 'gradient-x-input', view: 'saliency' },
  },
  {
    id: 'grad-cam',
    term: { en: 'Grad-CAM', zh: '梯度加权类激活映射' },
    aliases: { en: ['gradcam', 'grad cam', 'gradient-weighted class activation mapping', 'class activation map', 'class activation mapping', 'cam'], zh: ['类激活图', '类激活映射'] },
    definition: {
      en: 'Grad-CAM (gradient-weighted class activation mapping, Selvaraju et al., 2017) explains a decision of a CNN by weighting the feature maps of a convolutional layer, usually the last one, by the average gradient of the class score with respect to each map. The weighted sum, with negative values cut to zero, gives a coarse heatmap of the regions that support the class, which is then scaled up to the size of the input.',
      zh: 'Grad-CAM（梯度加权类激活映射，Selvaraju 等，2017）用来解释 CNN 的决策：对某个卷积层（通常是最后一个）的每张特征图，用类别得分对它的平均梯度作为权重。把加权求和结果中的负值截为 0，就得到一张标出支持该类别区域的粗粒度热力图，再放大到输入图像的尺寸。',
    },
    section: '9.5',
    demo: { page: 'digits', method: 'grad-cam', view: 'saliency' },
  },
  {
    id: 'integrated-gradients',
    term: { en: 'Integrated gradients', zh: '积分梯度' },
    aliases: { en: ['ig', 'integrated gradient', 'path integrated gradients'], zh: ['积分梯度法', '路径积分梯度'] },
    definition: {
      en: 'Integrated gradients (Sundararajan et al., 2017) attributes a prediction to the input features by averaging the gradients along a straight path from a baseline, such as a blank image, to the actual input, and multiplying by the difference between input and baseline. The attributions add up to the difference between the scores of the model on the input and on the baseline, a property called completeness that plain gradients lack.',
      zh: '积分梯度（Sundararajan 等，2017）沿着从基线（例如一张空白图）到实际输入的直线路径对梯度取平均，再乘以输入与基线之差，以此把预测归因到各个输入特征。所有归因值之和恰好等于模型在输入和基线上的得分之差，这一性质称为完备性，是普通梯度所不具备的。',
    },
    section: '9.5',
    demo: { page: 'digits', method: 'integrated-gradients', view: 'saliency' },
  },
  {
    id: 'smoothgrad',
    term: { en: 'SmoothGrad', zh: '平滑梯度' },
    aliases: { en: ['smooth grad', 'smooth-grad', 'smoothed gradients'], zh: ['平滑梯度法'] },
    definition: {
      en: 'SmoothGrad (Smilkov et al., 2017) reduces the noise of gradient saliency maps by adding small random noise to the input many times, computing the gradient for each noisy copy and averaging the results. The averaged map is visibly cleaner and highlights the same regions more consistently, at the cost of one forward and one backward pass per noisy copy.',
      zh: 'SmoothGrad（平滑梯度，Smilkov 等，2017）用来降低梯度显著图的噪声：多次给输入加入少量随机噪声，分别计算每个带噪副本的梯度，再取平均。平均后的图明显更干净，突出的区域也更稳定，代价是每多一个带噪副本，就要多做一次前向和反向计算。',
    },
    section: '9.5',
    demo: { page: 'digits', method: 'smoothgrad', view: 'saliency' },
  },
  {
    id: 'occlusion',
    term: { en: 'Occlusion', zh: '遮挡法' },
    aliases: { en: ['occlusion sensitivity', 'occlusion map', 'occlusion analysis', 'sliding window occlusion'], zh: ['遮挡', '遮挡敏感度', '遮挡分析'] },
    definition: {
      en: 'Occlusion (Zeiler and Fergus, 2014) explains a prediction by covering one patch of the input at a time, for example with a blank square, and measuring how much the score of the class drops. Patches whose removal hurts the score most are the most important; the method needs no gradients and is easy to trust, but it costs one forward pass per patch position.',
      zh: '遮挡法（Zeiler 和 Fergus，2014）每次把输入的一小块遮住（例如用空白方块盖住），测量该类别的得分下降了多少。遮住后得分降得最多的区域最重要；这种方法不需要梯度、结果直观可信，但每个遮挡位置都要做一次前向计算。',
    },
    section: '9.5',
    demo: { page: 'digits', method: 'occlusion', view: 'saliency' },
  },
  {
    id: 'token-attribution',
    term: { en: 'Token attribution', zh: '词元归因' },
    aliases: { en: ['token attributions', 'token importance', 'word importance', 'word attribution', 'text attribution', 'token occlusion'], zh: ['词元重要性', '词语重要性', '文本归因', '词元遮挡'] },
    definition: {
      en: 'Token attribution scores how much each token of a text pushed a classifier toward its answer. A simple way to compute it is occlusion for text: mask or remove each token in turn and measure how much the probability of the predicted class falls, so positive scores mark tokens that supported the class. It shows which words mattered, but not how the model combined them.',
      zh: '词元归因给文本中的每个词元打分，表示它在多大程度上把分类器推向了当前答案。一种简单的做法是文本遮挡：依次遮住或删掉每个词元，看预测类别的概率下降多少，得分为正的词元就是支持该类别的词元。它能说明哪些词起了作用，却说明不了模型是怎样把它们组合起来的。',
    },
    section: '9.5',
    demo: { page: 'text', view: 'attributions' },
  },
  {
    id: 'attention-rollout',
    term: { en: 'Attention rollout', zh: '注意力展开' },
    aliases: { en: ['rollout', 'attention roll-out', 'rolled-out attention'], zh: ['注意力rollout', '注意力累积'] },
    definition: {
      en: 'Attention rollout (Abnar and Zuidema, 2020) estimates how much each input token flows into each position at the top of a Transformer by combining the attention of all layers: it averages the heads of each layer, adds the identity matrix to account for residual connections, and multiplies the matrices of the layers together. It is usually a better guide than the attention of any single layer, but attention weights are still not the same thing as an explanation of the decision.',
      zh: '注意力展开（Abnar 和 Zuidema，2020）综合所有层的注意力，估计每个输入词元最终流向 Transformer 顶层各位置的程度：先对每层的各个头取平均，加上单位矩阵以计入残差连接，再把各层的矩阵依次相乘。它通常比只看某一层的注意力更有参考价值，但注意力权重仍然不等于对决策的解释。',
    },
    section: '9.5',
    demo: { page: 'text', view: 'rollout' },
  },
  {
    id: 'lime',
    term: { en: 'LIME', zh: '局部可解释模型无关解释' },
    aliases: { en: ['local interpretable model-agnostic explanations', 'local surrogate', 'surrogate model'], zh: ['局部代理模型', '代理模型'] },
    definition: {
      en: 'LIME (local interpretable model-agnostic explanations, Ribeiro et al., 2016) explains a single prediction of any model by perturbing the input many times, for example by removing words or greying out image regions, and recording how the output changes. It then fits a simple interpretable model, such as a sparse linear model, that mimics the complex model near that one input, and reads the explanation from its weights. The results can vary with the sampling and the chosen kind of perturbation.',
      zh: 'LIME（局部可解释的模型无关解释，Ribeiro 等，2016）可以解释任意模型的单个预测：对输入做大量扰动，例如去掉一些词或遮住一些图像区域，并记录输出如何变化。然后拟合一个简单、可解释的模型（如稀疏线性模型），让它在这个输入附近模仿复杂模型，再从它的权重中读出解释。其结果会随采样方式和扰动方式而有所波动。',
    },
    section: '9.5',
  },
  {
    id: 'shap',
    term: { en: 'SHAP', zh: '沙普利加性解释' },
    aliases: { en: ['shapley additive explanations', 'shap values', 'shapley value', 'shapley values', 'kernel shap'], zh: ['SHAP值', '沙普利值', 'Shapley值', '夏普利值'] },
    definition: {
      en: 'SHAP (Shapley additive explanations, Lundberg and Lee, 2017) assigns each input feature a contribution to one prediction using Shapley values, the method from cooperative game theory for sharing a payout fairly among players. The contributions add up to the difference between the output of the model for this input and its average output; exact values are expensive, so approximations such as Kernel SHAP are used in practice.',
      zh: 'SHAP（沙普利加性解释，Lundberg 和 Lee，2017）借用合作博弈论中公平分配收益的沙普利值，为每个输入特征计算它对某个预测的贡献。所有特征的贡献加起来，恰好等于模型对该输入的输出与平均输出之差；精确计算代价很高，所以实践中使用 Kernel SHAP 等近似方法。',
    },
    section: '9.5',
  },
  // Efficiency and deployment
  {
    id: 'model-compression',
    term: { en: 'Model compression', zh: '模型压缩' },
    aliases: {
      en: ['compression', 'pruning', 'weight pruning', 'model pruning', 'knowledge distillation', 'distillation', 'student model', 'teacher model'],
      zh: ['压缩', '剪枝', '模型剪枝', '知识蒸馏', '蒸馏'],
    },
    definition: {
      en: 'Model compression makes a trained network smaller and cheaper to run while keeping most of its accuracy, one of the future directions in the article\'s section 8.2. The main techniques are pruning, which removes weights or neurons that contribute little, quantization, which stores numbers with fewer bits, and knowledge distillation, which trains a small student model to imitate a large teacher model.',
      zh: '模型压缩是在基本保持准确率的前提下，让训练好的网络更小、运行更省资源，这也是文章 8.2 节提到的未来方向之一。主要手段有剪枝（去掉贡献很小的权重或神经元）、量化（用更少的比特存储数值）和知识蒸馏（训练一个小的“学生”模型去模仿大的“教师”模型）。',
    },
    section: '8.2',
  },
  {
    id: 'quantization',
    term: { en: 'Quantization', zh: '量化' },
    aliases: {
      en: ['quantisation', 'quantized model', 'int8', '8-bit quantization', 'post-training quantization', 'low precision', 'low-precision'],
      zh: ['模型量化', '量化模型', 'int8量化', '8位量化', '低精度'],
    },
    definition: {
      en: 'Quantization stores the weights of a model, and sometimes its activations, with fewer bits, for example as 8-bit integers instead of 32-bit floating-point numbers. That makes the model about four times smaller and often faster on hardware that supports low-precision arithmetic, usually at the price of a small loss in accuracy, which is why it is widely used to run models on phones and in browsers.',
      zh: '量化是用更少的比特来存储模型的权重（有时也包括激活值），例如用 8 位整数代替 32 位浮点数。这样模型大约缩小为原来的四分之一，在支持低精度运算的硬件上往往还能更快，代价通常只是准确率略有下降，因此被广泛用于在手机和浏览器中运行模型。',
    },
    section: '8.2',
  },
  {
    id: 'gpu-training',
    term: { en: 'GPU training', zh: 'GPU 训练' },
    aliases: {
      en: ['gpu', 'gpus', 'gpu acceleration', 'graphics processing unit', 'graphics card', 'mixed precision'],
      zh: ['GPU训练', 'GPU加速', '图形处理器', '加速器', '混合精度'],
    },
    definition: {
      en: 'Training a neural network consists mostly of huge matrix multiplications, which a GPU (graphics processing unit) performs in parallel on thousands of cores, often making training tens of times faster than on a CPU. This is the first remedy the article\'s FAQ 9.6 gives for long training times; frameworks such as TensorFlow and PyTorch use GPUs automatically, mainly through NVIDIA CUDA, and mixed-precision arithmetic speeds them up further.',
      zh: '训练神经网络的主要工作是大量的矩阵乘法，GPU（图形处理器）能用成千上万个核心并行完成，因此训练速度往往比 CPU 快几十倍。这正是文章 9.6 节针对训练时间长给出的第一条办法；TensorFlow、PyTorch 等框架会自动使用 GPU（主要通过英伟达的 CUDA），采用混合精度计算还能进一步提速。',
    },
    section: '9.6',
  },
  {
    id: 'webgpu',
    term: { en: 'WebGPU', zh: 'WebGPU' },
    aliases: { en: ['web gpu', 'wgsl', 'webgl 2'], zh: ['浏览器GPU', '网页GPU'] },
    definition: {
      en: 'WebGPU is a modern web standard that gives web pages direct access to the GPU of the device for both graphics and general-purpose computation, as the successor to WebGL. It lets neural networks run in the browser much faster than on the CPU; Glassbox tries WebGPU first and falls back to WebGL, then WebAssembly, then plain JavaScript on the CPU.',
      zh: 'WebGPU 是一项新的 Web 标准，让网页能直接调用设备的 GPU 进行图形渲染和通用计算，是 WebGL 的继任者。借助它，神经网络可以在浏览器里以远快于 CPU 的速度运行；Glassbox 会优先使用 WebGPU，不可用时依次退回到 WebGL、WebAssembly，最后是 CPU 上的纯 JavaScript。',
    },
    section: '9.6',
    demo: { page: 'digits' },
  },
  {
    id: 'webassembly',
    term: { en: 'WebAssembly', zh: 'WebAssembly' },
    aliases: { en: ['wasm', 'web assembly', 'wasm simd'], zh: ['网页汇编'] },
    definition: {
      en: 'WebAssembly (Wasm) is a compact binary instruction format that browsers run at close to native speed, so code written in languages such as C++ or Rust can run safely inside a web page. Machine learning libraries use it as a fast CPU backend, especially with its SIMD instructions and threads, when no GPU is available to the page.',
      zh: 'WebAssembly（Wasm）是一种紧凑的二进制指令格式，浏览器能以接近原生的速度执行它，使 C++、Rust 等语言写的代码可以安全地在网页中运行。当网页用不了 GPU 时，机器学习库会用它作为高效的 CPU 后端，配合 SIMD 指令和多线程效果更好。',
    },
    section: '8.2',
    demo: { page: 'digits' },
  },
  {
    id: 'on-device-inference',
    term: { en: 'On-device inference', zh: '端侧推理' },
    aliases: {
      en: ['on-device', 'on device', 'on-device ai', 'local inference', 'client-side inference', 'in-browser inference', 'browser inference', 'edge ai'],
      zh: ['设备端推理', '本地推理', '端侧AI', '浏览器内推理', '端侧运行'],
    },
    definition: {
      en: 'On-device inference means running a trained model directly on the user\'s own phone, laptop or browser instead of sending the data to a server. The data never leaves the device, which protects privacy, and the model keeps working offline, but it must be small and efficient enough for local hardware, which is where compression and quantization help. The digit and text demos of Glassbox run this way, entirely in the browser.',
      zh: '端侧推理是指直接在用户自己的手机、电脑或浏览器上运行训练好的模型，而不是把数据发送到服务器。数据不离开设备，有利于保护隐私，离线也能使用，但模型必须足够小、足够高效，这正是模型压缩和量化派上用场的地方。Glassbox 的手写数字和文本演示都完全在浏览器中以这种方式运行。',
    },
    section: '8.2',
    demo: { page: 'digits' },
  },
  // Privacy and data
  {
    id: 'data-privacy',
    term: { en: 'Data privacy', zh: '数据隐私' },
    aliases: { en: ['privacy', 'user privacy', 'privacy protection', 'privacy-preserving machine learning', 'personal data'], zh: ['隐私', '隐私保护', '用户隐私', '个人数据', '隐私计算'] },
    definition: {
      en: 'Data privacy in deep learning is about protecting the personal information contained in the large datasets that models are trained on, a challenge the article raises in sections 8 and 8.3. Trained models can sometimes memorize and leak details of individual training examples, so privacy-preserving approaches include keeping data on the user\'s device, federated learning and differential privacy.',
      zh: '深度学习中的数据隐私，关注的是如何保护训练所用的大规模数据中包含的个人信息，文章第 8 节和 8.3 节把它列为一项挑战。训练好的模型有时会记住并泄露个别训练样本的细节，因此保护隐私的做法包括让数据留在用户设备上、联邦学习和差分隐私等。',
    },
    section: '8.3',
  },
  {
    id: 'federated-learning',
    term: { en: 'Federated learning', zh: '联邦学习' },
    aliases: { en: ['federated training', 'federated averaging', 'fedavg'], zh: ['联合学习', '联邦训练', '联邦平均'] },
    definition: {
      en: 'Federated learning (McMahan et al., 2017) trains a shared model across many devices or organizations without collecting their raw data: each participant improves the model on its own data and sends back only the model updates, which a server averages. It reduces privacy risk but does not remove it, since updates can still leak information, so it is often combined with secure aggregation or differential privacy.',
      zh: '联邦学习（McMahan 等，2017）在许多设备或机构之间共同训练一个模型，而不集中收集它们的原始数据：每个参与方只用自己的数据改进模型，然后只上传模型更新，由服务器加以平均。它降低了隐私风险，但并不能完全消除，因为更新中仍可能泄露信息，所以常与安全聚合或差分隐私结合使用。',
    },
    section: '8.2',
  },
  {
    id: 'differential-privacy',
    term: { en: 'Differential privacy', zh: '差分隐私' },
    aliases: { en: ['dp-sgd', 'differentially private', 'privacy budget'], zh: ['隐私预算', '差分隐私随机梯度下降'] },
    definition: {
      en: 'Differential privacy is a mathematical guarantee that the result of a computation, such as a trained model, would be almost the same whether or not any one person\'s data had been included, so little can be learned about that person from it. In deep learning it is usually achieved with DP-SGD, which clips the gradient of each example and adds calibrated random noise during training, trading some accuracy for privacy.',
      zh: '差分隐私是一种数学保证：无论某个人的数据是否参与计算，结果（例如训练出的模型）都几乎一样，因此从结果中很难推断出关于这个人的信息。在深度学习中，通常用 DP-SGD 来实现：训练时裁剪每个样本的梯度并加入经过校准的随机噪声，以牺牲一些准确率换取隐私。',
    },
    section: '8.2',
  },
  {
    id: 'dataset-bias',
    term: { en: 'Dataset bias', zh: '数据分布偏差' },
    aliases: {
      en: ['data bias', 'data distribution bias', 'distribution shift', 'dataset shift', 'domain shift', 'sampling bias', 'algorithmic bias', 'out-of-distribution', 'out of distribution',
        'skewed data', 'skewed training data', 'biased data', 'biased training data', 'data skew', 'unrepresentative data'],
      zh: ['数据偏差', '数据集偏差', '分布偏差', '分布偏移', '样本偏差', '算法偏见', '分布外', '数据偏斜', '有偏数据', '有偏的数据'],
    },
    definition: {
      en: 'Dataset bias arises when the training data does not represent the situations a model will meet in use, for example when some groups, accents or image conditions are under-represented. The model then performs unevenly or unfairly, and it can fail when the real data distribution shifts away from the training data, one of the challenges listed in the article\'s section 8.3.',
      zh: '数据分布偏差是指训练数据不能代表模型实际使用时会遇到的情况，例如某些人群、口音或拍摄条件的样本偏少。这样训练出的模型表现会参差不齐甚至不公平，当实际数据的分布偏离训练数据时还可能失效，这正是文章 8.3 节列出的挑战之一。',
    },
    section: '8.3',
  },
  {
    id: 'mnist',
    term: { en: 'MNIST', zh: 'MNIST 数据集' },
    aliases: { en: ['mnist dataset', 'mnist database', 'handwritten digits', 'handwritten digit dataset'], zh: ['MNIST数据集', '手写数字数据集', '手写数字'] },
    definition: {
      en: 'MNIST is a classic dataset of 70,000 handwritten digits from 0 to 9, split into 60,000 training and 10,000 test images, each a 28 by 28 pixel grayscale image. Because the images have a single channel, the input shape of a model is 28 x 28 x 1, not the 28 x 28 x 3 written in the article\'s sections 4.1 and 5.2. It is small and well understood, so it is the usual first benchmark and the data behind the digit demo of Glassbox.',
      zh: 'MNIST 是一个经典的手写数字数据集，共有 7 万张 0 到 9 的手写数字图像，其中训练集 6 万张、测试集 1 万张，每张都是 28×28 像素的灰度图。由于只有一个通道，模型的输入形状应为 28×28×1，而不是文章 4.1 节和 5.2 节写的 28×28×3。它规模小、研究透彻，常被当作入门基准，Glassbox 的手写数字演示用的也是它。',
    },
    section: '5.3',
    demo: { page: 'digits' },
  },
  // Applications
  {
    id: 'image-classification',
    term: { en: 'Image classification', zh: '图像分类' },
    aliases: { en: ['image recognition', 'object recognition', 'visual recognition', 'image classifier'], zh: ['图像识别', '物体识别', '图片分类'] },
    definition: {
      en: 'Image classification assigns a single label to a whole image, such as which digit it shows or whether a photo contains a cat. It is the task the code in the article\'s section 5.2 performs on MNIST, and convolutional neural networks are its standard tool; related tasks such as object detection and image segmentation also locate the objects or label every pixel.',
      zh: '图像分类是给整张图像分配一个标签，比如判断图中是哪个数字、照片里有没有猫。文章 5.2 节的代码在 MNIST 上完成的就是这个任务，卷积神经网络是它的标准工具；目标检测和图像分割等相关任务还要定位物体或给每个像素分类。',
    },
    section: '6',
    demo: { page: 'digits' },
  },
  {
    id: 'sentiment-analysis',
    term: { en: 'Sentiment analysis', zh: '情感分析' },
    aliases: { en: ['sentiment', 'sentiment classification', 'opinion mining', 'polarity detection'], zh: ['情感分类', '情绪分析', '情感倾向分析', '观点挖掘'] },
    definition: {
      en: 'Sentiment analysis is the task of deciding whether a piece of text expresses a positive or a negative opinion, sometimes with finer grades or specific emotions. It is one of the natural language processing applications named in the article\'s section 3.4, and the text lab of Glassbox runs a small Transformer that does it in the browser.',
      zh: '情感分析是判断一段文字表达的是正面还是负面态度的任务，有时还会区分更细的等级或具体情绪。它是文章 3.4 节提到的自然语言处理应用之一，Glassbox 的文本实验室就在浏览器中用一个小型 Transformer 来完成这个任务。',
    },
    section: '3.4',
    demo: { page: 'text', task: 'sentiment' },
  },
  {
    id: 'text-classification',
    term: { en: 'Text classification', zh: '文本分类' },
    aliases: { en: ['topic classification', 'document classification', 'news classification', 'text categorization', 'topic detection'], zh: ['主题分类', '文档分类', '新闻分类', '文本归类'] },
    definition: {
      en: 'Text classification assigns a label to a piece of text, such as its topic, a news category or spam versus not spam, and sentiment analysis is one special case of it. Modern systems usually fine-tune a Transformer encoder; the text lab of Glassbox includes a small model that sorts sentences into topics such as computer vision, NLP, speech, training, interpretability and privacy.',
      zh: '文本分类是给一段文字分配一个标签，例如主题、新闻类别或是否为垃圾邮件，情感分析就是它的一种特例。现代系统通常微调一个 Transformer 编码器来完成；Glassbox 的文本实验室中有一个小模型，可以把句子归入计算机视觉、自然语言处理、语音、训练、可解释性和隐私等主题。',
    },
    section: '6',
    demo: { page: 'text', task: 'topic' },
  },
  {
    id: 'computer-vision',
    term: { en: 'Computer vision', zh: '计算机视觉' },
    aliases: { en: ['cv', 'machine vision', 'vision'], zh: ['机器视觉', '视觉'] },
    definition: {
      en: 'Computer vision is the field that teaches computers to understand images and video, with tasks such as image classification, object detection, segmentation and image generation. Since around 2012 it has been dominated by deep learning, first by convolutional neural networks and more recently also by Vision Transformers, as the article\'s sections 3.4 and 6 describe.',
      zh: '计算机视觉是让计算机理解图像和视频的领域，任务包括图像分类、目标检测、图像分割和图像生成等。大约从 2012 年起，这个领域由深度学习主导，先是卷积神经网络，近年来又有视觉 Transformer，文章 3.4 节和第 6 节介绍了这些应用。',
    },
    section: '3.4',
  },
  {
    id: 'natural-language-processing',
    term: { en: 'Natural language processing', zh: '自然语言处理' },
    aliases: { en: ['nlp', 'language processing', 'computational linguistics', 'natural language understanding'], zh: ['NLP', '语言处理', '自然语言理解'] },
    definition: {
      en: 'Natural language processing (NLP) is the field that enables computers to work with human language, covering tasks such as text classification, sentiment analysis, machine translation and dialogue systems. It moved from hand-built rules to recurrent neural networks and, since 2017, to Transformers, which also underlie today\'s large language models.',
      zh: '自然语言处理（NLP）是让计算机处理人类语言的领域，涵盖文本分类、情感分析、机器翻译和对话系统等任务。它从人工编写规则发展到循环神经网络，2017 年以后又转向 Transformer，如今的大语言模型也建立在 Transformer 之上。',
    },
    section: '3.4',
  },
  // Frameworks
  {
    id: 'deep-learning-framework',
    term: { en: 'Deep learning framework', zh: '深度学习框架' },
    aliases: {
      en: ['deep learning frameworks', 'deep learning library', 'automatic differentiation'],
      zh: ['深度学习库', '自动微分', 'JAX'],
    },
    definition: {
      en: 'A deep learning framework is a software library that provides tensors, ready-made layers, optimizers, automatic differentiation to compute gradients, and GPU support, so that models do not have to be built from scratch. The best known are TensorFlow with its high-level Keras API, PyTorch and JAX; the article\'s section 7 recommends TensorFlow and PyTorch.',
      zh: '深度学习框架是提供张量运算、现成的网络层、优化器、自动求梯度（自动微分）和 GPU 支持的软件库，让人不必从零实现模型。最著名的有 TensorFlow（及其高层接口 Keras）、PyTorch 和 JAX；文章第 7 节推荐了 TensorFlow 和 PyTorch。',
    },
    section: '7',
  },
  {
    id: 'tensorflow',
    term: { en: 'TensorFlow', zh: 'TensorFlow' },
    aliases: { en: ['tf', 'tensor flow', 'tensorflow.js', 'tfjs', 'tf.js', 'tensorflow lite', 'tflite'], zh: ['TensorFlow框架'] },
    definition: {
      en: 'TensorFlow is the open-source deep learning framework Google released in 2015, and the one used with its built-in Keras API in the code of the article\'s section 5. Its family includes TensorFlow Lite for phones and TensorFlow.js, which trains and runs models in JavaScript in the browser or in Node.js; the digit model of Glassbox was trained and runs with TensorFlow.js.',
      zh: 'TensorFlow 是谷歌于 2015 年开源的深度学习框架，文章第 5 节的代码用的就是它及其内置的 Keras 接口。它还包括面向手机的 TensorFlow Lite，以及能用 JavaScript 在浏览器或 Node.js 中训练和运行模型的 TensorFlow.js；Glassbox 的手写数字模型就是用 TensorFlow.js 训练和运行的。',
    },
    section: '5.1',
  },
  {
    id: 'pytorch',
    term: { en: 'PyTorch', zh: 'PyTorch' },
    aliases: { en: ['torch', 'py torch', 'libtorch'], zh: ['PyTorch框架'] },
    definition: {
      en: 'PyTorch is an open-source deep learning framework developed by Facebook AI Research, now Meta AI, and released in 2016; contrary to the article\'s section 7 it did not come from Microsoft, and since 2022 it has been governed by the PyTorch Foundation under the Linux Foundation. It is popular, especially in research, for its Pythonic style and its dynamic computation graph, which is built as the code runs.',
      zh: 'PyTorch 是由 Facebook AI Research（现 Meta AI）开发、2016 年开源的深度学习框架；它并非文章第 7 节所说的出自微软，2022 年起由 Linux 基金会旗下的 PyTorch 基金会管理。它以贴近 Python 的写法和边运行边构建的动态计算图著称，在科研领域尤其流行。',
    },
    section: '7',
  },
  {
    id: 'keras',
    term: { en: 'Keras', zh: 'Keras' },
    aliases: { en: ['tf.keras', 'keras api', 'keras sequential', 'sequential model'], zh: ['Keras接口', '序列模型'] },
    definition: {
      en: 'Keras is a high-level API for building and training neural networks in a few lines of code, created by François Chollet in 2015 and bundled with TensorFlow as tf.keras. The code in the article\'s section 5.2 uses it: Sequential stacks layers such as Conv2D and Dense, compile sets the optimizer, loss and metrics, and fit runs the training. Since Keras 3 it can also run on JAX and PyTorch.',
      zh: 'Keras 是用几行代码就能搭建和训练神经网络的高层接口，由 François Chollet 于 2015 年创建，并作为 tf.keras 集成在 TensorFlow 中。文章 5.2 节的代码用的就是它：Sequential 依次堆叠 Conv2D、Dense 等层，compile 设置优化器、损失函数和评价指标，fit 执行训练。从 Keras 3 开始，它也可以运行在 JAX 和 PyTorch 之上。',
    },
    section: '5.2',
  },
];
