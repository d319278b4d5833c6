# oracle: seed 98, open, raises RuntimeError at line 15
import random
import torch
from torch.nn import GRU, LSTM, Linear, ModuleList, RNN

gru_0 = GRU(3, 2)
x_0 = torch.randn(4, 3, 3)
if x_0.size(-1) == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0, _ = gru_0(torch.randn(2, 2, 4))

lstm_1 = LSTM(2, 7)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 1))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 2))
last_1 = Linear(7, 2)(out_1[-1])

y_2 = torch.randn(1, 2, 5)
layers_2 = ModuleList([RNN(5, 6), RNN(6, 3)])
for layer in layers_2:
    y_2, _ = layer(y_2)
