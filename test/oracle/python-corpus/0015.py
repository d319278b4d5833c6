# oracle: seed 15, open, raises RuntimeError at line 17
import random
import torch
from torch import nn
from torch.autograd import Variable

lstm_0 = nn.LSTM(5, 3)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 5))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 5))
last_0 = nn.Linear(3, 2)(out_0[-1])

rnn_1 = nn.GRU(4, 4, 1, True, False, bidirectional=True)
x_1 = Variable(torch.randn(2, 1, 5).float())
hidden_1 = torch.zeros(2, 1, 6)
out_1, h_1 = rnn_1(x_1, hidden_1)
fc_1 = nn.Linear(16, 4)
logits_1 = fc_1(out_1[-1])
