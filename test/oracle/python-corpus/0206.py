# oracle: seed 206, open, runs cleanly
import random
import torch
from torch.nn import GRU, LSTM, Linear, ModuleList, RNN

y_0 = torch.randn(4, 3, 3)
layers_0 = ModuleList([RNN(3, 5), RNN(5, 7), RNN(7, 4)])
for layer in layers_0:
    y_0, _ = layer(y_0)

rnn_1 = GRU(6, 2, 1, True, False, bidirectional=True)
x_1 = torch.ones(4, 3, 6)
hidden_1 = torch.randn((2, 3, 2))
out_1, h_1 = rnn_1(x_1, hidden_1)
n_1 = out_1.size(2) * out_1.dim()

lstm_2 = LSTM(7, 8)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 7))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 8))
last_2 = Linear(8, 2)(out_2[-1])
