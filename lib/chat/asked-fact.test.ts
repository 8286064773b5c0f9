// The answer-type rules: which kind of fact a question asks for, which names count as people or
// organisations, and which texts hold a fact of each kind.
import { describe, expect, it } from 'vitest';
import { agentNames, askedExpression, askedFacts, comparedItems, hasFact, procedureAsked } from './asked-fact';

describe('askedFacts', () => {
  it('names the kind of fact a question asks for, in English and Chinese', () => {
    const cases: [string, string[]][] = [
      ['Who invented dropout?', ['agent']],
      ['who came up with residual connections', ['agent']],
      ['Which company develops TensorFlow?', ['agent']],
      ['dropout是谁提出的？', ['agent']],
      ['花书的作者是谁', ['agent']],
      ['When was the Transformer introduced?', ['date']],
      // a person's age (tour 8: "how old is andrej karpathy" quoted section 1)
      ['how old is andrej karpathy', ['date']],
      ['卡帕西今年多大年纪', ['date']],
      ['what year did AlexNet win ImageNet', ['date']],
      ['when did chrome ship webgpu', ['date']],
      ['ResNet 是哪一年提出的？', ['date']],
      ['Which paper introduced batch normalization?', ['paper']],
      ['这个方法出自哪篇论文？', ['paper']],
      ['Write out the formula for cross-entropy.', ['formula']],
      ['Adagrad 的更新公式是什么', ['formula']],
      ["What's the link to the book's website?", ['link']],
      ['给一个官网链接', ['link']],
      ['What is the default learning rate of Adam in Keras?', ['number', 'default']],
      ['RMSprop 的 rho 默认值是多少', ['number', 'default']],
      ['训练这个模型需要多大的显存', ['number']],
      ['Who proposed GELU, and in what year?', ['agent', 'date']],
      ['How much data do I need to train a CNN?', ['number']],
      // numbers about the example model that the article never gives
      ['How many parameters does the model have?', ['params', 'number']],
      ['模型的参数量是多少', ['params', 'number']],
      ['How long did the example model take to train?', ['duration']],
      ['训练要多久', ['duration']],
      ['What GPU was used to train the example model?', ['hardware']],
      ['用的是什么显卡', ['hardware']],
      ['What batch size does fit use?', ['batch']],
      ['batch size是多少', ['batch']],
      ['What is the training accuracy?', ['trainAccuracy']],
      ['训练准确率是多少', ['trainAccuracy', 'number']],
      ['what was the validation accuracy after each epoch during training', ['valAccuracy']],
      ['验证集准确率是多少', ['valAccuracy', 'number']],
      ['is it ethical for police to use deep learning face recognition?', ['ethics']],
      ['人脸识别有什么伦理问题', ['ethics']],
      ['will deep learning replace programmers and take our jobs?', ['jobs']],
      ['深度学习会导致大规模失业吗', ['jobs']],
      ['Is it legal to train on copyrighted photos?', ['law']],
      ['AI画的画版权归谁', ['law']],
      ['Where does Karpathy work now?', ['employer']],
      ['Karpathy现在在哪工作', ['employer']],
      ['where does he work now?', ['employer']],
      ['Does the article report baselines, error bars or multiple seeds?', ['rigor']],
      ['文章有没有和基线模型比较，有误差棒吗', ['rigor']],
    ];
    for (const [q, kinds] of cases) expect(askedFacts(q), q).toEqual(kinds);
  });

  it('asks for nothing in explanations, advice and questions about a chapter', () => {
    for (const q of [
      'When should I use dropout?',
      'How does backpropagation work?',
      'Walk me through the part on mathematical models and formulas.',
      '数学模型和公式那一章讲了什么？',
      'diagram showing how the main ideas link to each other',
      '购物网站的猜你喜欢跟深度学习有关吗',
      'what does every link between two neurons get assigned',
      'Why do CNNs need pooling layers?',
      '怎么防止过拟合？',
      'make the model robust to how much data it gets',
      'What is batch size?',
      'What is a baseline?',
      '什么是基线',
      'why is training accuracy higher than test accuracy?',
      'What hardware do I need for deep learning?',
      '训练时间很长怎么办',
      'what is a validation set used for?',
      // the article's own list of papers, not the paper a fact comes from
      'which papers does the article cite?',
      'what papers are listed in section 7',
      'what job does the pooling layer do?',
      'where is the dropout layer in the code?',
      'where does the loss come from?',
      'what is L2 regularization?',
      '正则化是什么',
    ]) expect(askedFacts(q), q).toEqual([]);
    expect(askedFacts('Which paper introduced dropout?')).toEqual(['paper']);
  });
});

describe('agentNames', () => {
  it('keeps capitalised names used inside sentences and never in lower case', () => {
    const names = agentNames([
      'Centered on the work of Andrej Karpathy, this text uses Keras.',
      'The classic book by Goodfellow, Bengio and Courville; keras is imported in code.',
      'Dropout helps. We use dropout too. 本文围绕Hinton的研究。',
    ]);
    expect([...names].sort()).toEqual(['Andrej', 'Bengio', 'Courville', 'Goodfellow', 'Hinton', 'Karpathy']);
  });
});

describe('hasFact', () => {
  const names = new Set(['Kingma', 'Google']);
  it('finds a fact of each kind, and none where there is none', () => {
    expect(hasFact('agent', ['Adam (Kingma and Ba, 2014) is an optimizer.'], names)).toBe(true);
    expect(hasFact('agent', ['Rumelhart et al. popularised it.'], names)).toBe(true);
    expect(hasFact('agent', ['Dropout randomly zeroes units during training.'], names)).toBe(false);
    expect(hasFact('date', ['It appeared in 2017.'], names)).toBe(true);
    expect(hasFact('date', ['它于2017年提出。'], names)).toBe(true);
    expect(hasFact('date', ['It uses 128 hidden units.'], names)).toBe(false);
    expect(hasFact('paper', ['- "Attention Is All You Need" (2017): introduced the Transformer.'], names)).toBe(true);
    expect(hasFact('paper', ['The Transformer uses attention.'], names)).toBe(false);
    expect(hasFact('formula', ['$$ L = \\frac{1}{2} \\sum_i (y_i - a_i)^2 $$'], names)).toBe(true);
    expect(hasFact('formula', ['The loss measures the error.'], names)).toBe(false);
    expect(hasFact('link', ['See https://example.org/book for the text.'], names)).toBe(true);
    expect(hasFact('link', ['An open-source textbook.'], names)).toBe(false);
    expect(hasFact('number', ['Dropout(0.5)'], names)).toBe(true);
    expect(hasFact('number', ['Dropout drops some units.'], names)).toBe(false);
    // a default is a default with its value: any number in the code is no answer to it
    expect(hasFact('default', ['Keras uses 32 by default.'], names)).toBe(true);
    expect(hasFact('default', ['批大小就是其中的样本数（Keras 默认为 32）'], names)).toBe(true);
    expect(hasFact('default', ["model.compile(optimizer='adam')", 'Adam 常被当作默认选择，文章 5.2 节的代码用的也是它'], names)).toBe(false);
    // a list item's number and a section number are no answer to "how many"
    expect(hasFact('number', ['3. **Loading the data**: load_data loads the MNIST dataset.', '- 2. Preprocess it, as section 4.2 shows.', '见 4.2 节'], names)).toBe(false);
    expect(hasFact('number', ['MNIST has 70,000 images.'], names)).toBe(true);
    // the 5.4 output prints the test loss and accuracy only
    expect(hasFact('valAccuracy', ['1000/1000 [==============================] - 1s 1ms/step - loss: 0.0956 - accuracy: 0.9720'], names)).toBe(false);
    expect(hasFact('valAccuracy', ['Epoch 5/5 ... val_accuracy: 0.9850'], names)).toBe(true);
  });
});

describe('a default asked with an English name inside Chinese', () => {
  it('is a default ("Keras 的 EarlyStopping 默认 patience 是多少": the words between were too many)', () => {
    expect(askedFacts('Keras 的 EarlyStopping 默认 patience 是多少')).toContain('default');
  });
});

describe('"which of his papers"', () => {
  it('asks for a paper; the article\'s own list of papers does not', () => {
    expect(askedFacts('Which of his papers does it analyze exactly? titles please')).toContain('paper');
    expect(askedFacts('which papers does the article cite?')).not.toContain('paper');
  });
});

describe('the value to give a setting (session 26)', () => {
  it('is asked by "一般取多少", "设成多少", "多少…合适", "a good value for", "what value should"', () => {
    for (const q of ['SGD 加动量的话，动量系数一般取多少？', '知识蒸馏里的温度 T 一般设成多少', '学习率 warm-up 一般要预热多少步比较好',
      "what's a good value for momentum?", 'what value should the temperature be?']) {
      expect(askedFacts(q), q).toContain('setting');
    }
    // a range or value asked as a fact is a number, found anywhere in the best section
    expect(askedFacts('exactly what range do the initial weights come from?')).toEqual(['number']);
    expect(askedFacts('what value does the example give the validation split?')).toEqual(['number']);
    for (const q of ['什么是动量', 'how do I choose the learning rate?', '学习率太大会怎样']) expect(askedFacts(q), q).not.toContain('setting');
  });

  it('asks for a share, a rate or a count of layers as a number', () => {
    expect(askedFacts('剪枝最多能剪掉多少比例的权重而不掉精度？')).toContain('number');
    expect(askedFacts('现在语音识别的词错误率大概是多少')).toContain('number');
    expect(askedFacts('Transformer 原论文里 encoder 堆了几层？')).toContain('number');
  });

  it('is held by a number, and a paper\'s year is not one', () => {
    const names = new Set<string>();
    expect(hasFact('setting', ['Dropout rates of 0.2 to 0.5 are common.'], names)).toBe(true);
    expect(hasFact('setting', ['Momentum accumulates past updates.'], names)).toBe(false);
    expect(hasFact('number', ['- "Attention Is All You Need" (2017): introduced the Transformer.'], names)).toBe(false);
    expect(hasFact('number', ['Transformer 由 2017 年的论文提出。'], names)).toBe(false);
    expect(hasFact('number', ['The input is 28×28 pixels.'], names)).toBe(true);
  });
});

describe('records and replacements (session 26)', () => {
  it('are asked for, and held only by a text that reports a record or a replacement', () => {
    const names = new Set<string>();
    expect(askedFacts("what's the best accuracy anyone has ever gotten on mnist")).toContain('record');
    expect(askedFacts('MNIST 目前最高的准确率是多少')).toContain('record');
    expect(askedFacts('what accuracy does the example reach on MNIST?')).not.toContain('record');
    expect(askedFacts('Will transformers completely replace CNNs in computer vision by 2030?')).toContain('replace');
    expect(askedFacts('Transformer会取代CNN吗')).toContain('replace');
    expect(askedFacts('你觉得 CNN 以后会不会被 Vision Transformer 彻底取代？')).toContain('replace');
    expect(askedFacts('what does the output layer replace when fine-tuning?')).not.toContain('replace');
    expect(hasFact('replace', ['for language they have largely been replaced by Transformers.'], names)).toBe(true);
    expect(hasFact('replace', ['Transformers are used for language.'], names)).toBe(false);
    expect(hasFact('record', ['The model reaches 97.20% test accuracy.'], names)).toBe(false);
  });
});

describe('a verdict between two things (session 26)', () => {
  it('is asked with a criterion or a purpose, not by a bare comparison', () => {
    for (const q of ['grad-cam vs integrated gradients, which one gives more accurate heatmaps?', "honestly who's the more important researcher, karpathy or hinton",
      'LSTM vs GRU for time series forecasting, which one is better?', 'LIME和SHAP哪个更可靠', '做图像分类的话，CNN和Transformer哪个好']) {
      expect(askedFacts(q), q).toContain('verdict');
    }
    for (const q of ['SGD和Adam哪个好', 'is Adam better than SGD?', 'which is better, CNN or RNN?']) expect(askedFacts(q), q).not.toContain('verdict');
  });

  it('reads the two things compared', () => {
    expect(comparedItems('grad-cam vs integrated gradients, which one gives more accurate heatmaps?')).toEqual(['grad-cam', 'integrated gradients']);
    expect(comparedItems('LSTM vs GRU for time series forecasting, which one is better?')).toEqual(['lstm', 'gru']);
    expect(comparedItems('is GELU better than ReLU in transformers?')).toEqual(['gelu', 'relu']);
    expect(comparedItems('LIME和SHAP哪个更可靠')).toEqual(['lime', 'shap']);
  });

  it('is held only by a sentence that compares and writes both', () => {
    const q = 'LSTM vs GRU for time series forecasting, which one is better?';
    expect(hasFact('verdict', ['The gated recurrent unit (GRU) is a simpler variant of the LSTM.'], new Set(), q)).toBe(true);
    expect(hasFact('verdict', ['The LSTM is a recurrent network. More data helps any model.'], new Set(), q)).toBe(false);
  });
});

describe('more verdicts and values (session 26, development set F)', () => {
  it('reads a verdict after the compared pair and a choice between two numbers', () => {
    for (const q of ['卷积核选 3x3 还是 5x5 效果更好？', 'Adam 和 SGD 哪个最终的泛化效果更好？', 'layer norm vs batch norm, which gives better final accuracy on image classification?']) {
      expect(askedFacts(q), q).toContain('verdict');
    }
    expect(comparedItems('layer norm vs batch norm, which gives better final accuracy?')).toEqual(['layer norm', 'batch norm']);
    expect(comparedItems('差分隐私和联邦学习，哪个对模型准确率的影响更小？')).toEqual(['差分隐私', '联邦学习']);
    expect(askedFacts('what momentum value do people normally use with SGD, 0.9 or 0.99?')).toContain('setting');
    // the initial values the article does describe are no setting asked for
    expect(askedFacts('what starting values do the connection strengths get')).not.toContain('setting');
  });
});

describe('seeds, shares, translators and names with digits (session 26, development set F)', () => {
  it('reads a run\'s random seed as a check of results, and a percentage of something as a number', () => {
    expect(askedFacts('What random seed was used for the 97.20% run?')).toContain('rigor');
    expect(askedFacts('What percentage of companies use TensorFlow versus PyTorch these days?')).toContain('number');
    expect(askedFacts('What rotation angle range should I use when augmenting MNIST digits?')).toContain('setting');
  });

  it('takes no name with a digit for a number, and a translator only beside a translation', () => {
    const names = new Set(['Goodfellow']);
    expect(hasFact('number', ['INT8 quantization makes models smaller; L2 regularization helps.'], names)).toBe(false);
    expect(hasFact('number', ['model.add(layers.Conv2D(32, (3, 3)))'], names)).toBe(true);
    const q = '《深度学习》的中文版是谁翻译的？';
    expect(hasFact('agent', ['《深度学习》（Goodfellow、Bengio和Courville著）', '深度学习用于机器翻译。'], names, q)).toBe(false);
    // (machine translation is no translation of the book, even beside a name)
    expect(hasFact('agent', ['Goodfellow 的方法用于机器翻译。'], names, q)).toBe(false);
    expect(hasFact('agent', ['中文版由 Goodfellow 的学生翻译。'], names, q)).toBe(true);
  });
});

describe('an error hit or an action on a file or tool (session 27)', () => {
  it('asks to troubleshoot an error message, not about errors in the learning sense', () => {
    for (const q of ['pip install tensorflow 报错 No matching distribution found，要怎么解决？', 'tensorflow on my M1 says no GPU found, how do I fix it?',
      'I keep getting an error when I call model.fit', 'what does this traceback mean', '运行示例代码时提示找不到模块']) {
      expect(askedFacts(q), q).toContain('troubleshoot');
    }
    for (const q of ['What is the error term in backpropagation?', 'how is the training error computed', '为什么模型会出错', 'what is the mean squared error']) {
      expect(askedFacts(q), q).not.toContain('troubleshoot');
    }
  });

  it('asks how to do an action to something, and reads the action and what it is done to', () => {
    const read = (q: string) => {
      const p = procedureAsked(q);
      return p && { action: p.action.test('save') ? 'save' : p.action.test('load') ? 'load' : p.action.test('install') ? 'install' : p.action.test('量化') ? 'quantize' : 'other', object: p.object };
    };
    expect(read('how do I save the trained model to disk after fit() and load it again later?')).toEqual({ action: 'save', object: 'model' });
    expect(read('TensorFlow.js 怎么加载 Python 这边训练好的 h5 模型？')).toEqual({ action: 'load', object: '模型' });
    expect(read('怎么把训练好的模型保存下来')).toEqual({ action: 'save', object: '模型' });
    expect(read('TensorFlow怎么安装')).toEqual({ action: 'install', object: 'tensorflow' });
    expect(read('数据分布偏差要怎么量化？')).toEqual({ action: 'quantize', object: '偏差' });
    expect(read('例子用的是哪个数据集，怎么加载进来的')).toEqual({ action: 'load', object: null });
    expect(read('how to install tensorflow')).toEqual({ action: 'install', object: 'tensorflow' });
    // (a how-to whose subject is not the reader, and derivations, are not actions on files)
    for (const q of ['how do pooling layers serve the network?', '反向传播的公式是怎么推导出来的？', 'How is the MNIST data loaded in the example?']) {
      expect(askedFacts(q), q).not.toContain('procedure');
    }
  });

  it('is held by a sentence or code line that writes the action and its object as a word', () => {
    const q = 'how do I convert my keras model to TensorFlow Lite?';
    expect(hasFact('procedure', ['Modeling speech signals with deep neural networks to convert speech to text.'], new Set(), q)).toBe(false);
    expect(hasFact('procedure', ['You can convert a trained model with the converter.'], new Set(), q)).toBe(true);
    const load = 'How do I load the MNIST data?';
    expect(hasFact('procedure', ['(x_train, y_train), (x_test, y_test) = tf.keras.datasets.mnist.load_data()'], new Set(), load)).toBe(true);
    expect(hasFact('procedure', ['# Load the training images'], new Set(), 'how do I load my saved model?')).toBe(false);
  });
});

describe('a value asked outright, and who is faster (session 28, development set F and the mentioned check)', () => {
  it('reads "i want the number" and "what learning rate does … run with" as a number, "谁更快" as a verdict', () => {
    for (const q of ['what learning rate α did they plug into the 4.3 example? i want the number',
      'what learning rate does the adam optimizer in the sample code actually run with?', 'What negative slope does LeakyReLU use by default in Keras?']) {
      expect(askedFacts(q), q).toContain('number');
    }
    expect(askedFacts('JAX 和 PyTorch 比，训练速度谁更快')).toContain('verdict');
    // a default asked by "which": the gate's default kind
    for (const q of ['Keras 的 Dense 层默认用的是哪种权重初始化', 'which initializer does the Dense layer use by default?']) expect(askedFacts(q), q).toContain('default');
    // (what a setting is, or does, asks no number)
    for (const q of ['what learning rate means', 'what does the learning rate do?', 'what is a good number of layers to start from']) {
      expect(askedFacts(q), q).not.toContain('number');
    }
  });
});

describe('which platforms support a thing, and which hardware to buy (session 28)', () => {
  it('reads them in English and Chinese', () => {
    for (const q of ['Which browsers support WebGPU today, and since which versions?', 'WebGPU 现在哪些浏览器已经支持了？', 'TensorFlow 在 Mac M1 上能用 GPU 加速吗',
      'does tensorflow.js work on an iphone?']) {
      expect(askedFacts(q), q).toContain('support');
    }
    for (const q of ['which NVIDIA graphics card would you recommend for training at home?', 'What laptop would you recommend for a student?', '入门深度学习买什么显卡比较好']) {
      expect(askedFacts(q), q).toContain('purchase');
    }
    for (const q of ['what is WebGPU?', 'does the model run on the GPU?', 'why are GPUs faster than CPUs for training?', 'which optimizer would you recommend?']) {
      expect(askedFacts(q), q).not.toContain('support');
      expect(askedFacts(q), q).not.toContain('purchase');
    }
  });

  it('is held only by a sentence that names a browser, system or device, or a product', () => {
    expect(hasFact('support', ['WebGPU gives web pages direct access to the GPU.'], new Set())).toBe(false);
    expect(hasFact('support', ['WebGPU ships in Chrome 113 on Windows and macOS.'], new Set())).toBe(true);
    expect(hasFact('purchase', ['A GPU makes training tens of times faster.'], new Set())).toBe(false);
    expect(hasFact('purchase', ['An RTX 4090 has 24 GB of memory.'], new Set())).toBe(true);
  });
});

describe('a calculation on an expression the reader writes (session 28, development set A)', () => {
  it('is read when the question writes an expression and asks to work on it', () => {
    for (const q of ['What is the derivative of x^3 sin x?', '1/x 的不定积分是什么？', 'solve x^2 = 4', '求 sin(x) 的导数']) expect(askedFacts(q), q).toContain('calculation');
    // no expression ("single" holds no sin), or no calculation asked
    for (const q of ["what's the derivative of the error with respect to a single connection", 'sigmoid求导为啥是a(1-a)', 'what is x^2?']) {
      expect(askedFacts(q), q).not.toContain('calculation');
    }
  });

  it('reads the expression written', () => {
    expect(askedExpression('What is the derivative of x^3 sin x?')).toBe('x^3sinx');
    expect(askedExpression('1/x 的不定积分是什么？')).toBe('1/x');
    expect(askedExpression('what is the derivative of 1/(1 + exp(-x))?')).toBe('1/(1+exp(-x))');
    expect(askedExpression('what is the derivative of the loss?')).toBeNull();
  });

  it('is held only by a text that writes the expression', () => {
    const q = 'what is the derivative of 1/(1 + exp(-x))?';
    expect(hasFact('calculation', ['The gradient is ∂L/∂w = (a - y) · a(1 - a).'], new Set(), q)).toBe(false);
    expect(hasFact('calculation', ['The sigmoid 1 / (1 + exp(-x)) has the derivative a(1 - a).'], new Set(), q)).toBe(true);
  });
});
