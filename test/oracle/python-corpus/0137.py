# oracle: seed 137, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN

layer_0 = GRU(3, 6, dropout=0)

cell_1 = GRUCell(input_size=4, hidden_size=2)
h_1 = torch.zeros(2)
t_1 = 0
while t_1 < 0:
    h_1 = cell_1(torch.randn(4), h_1)
    t_1 += 1
