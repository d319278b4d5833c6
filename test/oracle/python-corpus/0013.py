# oracle: seed 13, open, raises RuntimeError at line 10
import random
import torch
from torch.nn import GRU, LSTM, Linear, RNN

layer_0 = LSTM(2, 2, num_layers=2, dropout=0.2)

lstm_1 = LSTM(6, 4)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 8))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 6))
last_1 = Linear(5, 2)(out_1[-1])
