# oracle: seed 293, open, raises RuntimeError at line 17
import random
import torch

lstm_0 = torch.nn.LSTM(3, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 5))
last_0 = torch.nn.Linear(8, 2)(out_0[-1])

cell_1 = torch.nn.RNNCell(8, 8)
xs_1 = torch.randn(5, 3, 10)
h_1 = torch.zeros(3, 8)
outputs_1 = []
for t in range(xs_1.size(0)):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = torch.nn.Linear(10, 2)(h_1)
