# oracle: seed 293, open, raises RuntimeError at line 19
import random
import torch

lstm_0 = torch.nn.LSTM(3, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 3))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 3))
last_0 = torch.nn.Linear(8, 2)(out_0[-1])

cell_1 = torch.nn.RNNCell(2, 8)
xs_1 = torch.randn(3, 4, 2)
h_1 = torch.zeros(4, 8)
outputs_1 = []
for t in range(len(xs_1)):
    if t == 2:
        break
    h_1 = cell_1(xs_1[t], h_1)
    if t == 0:
        h_1 = torch.zeros(4, 9)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = torch.nn.Linear(10, 2)(h_1)

y_2 = torch.randn(2, 2, 6)
layers_2 = {
    "l0": torch.nn.RNN(6, 7),
}
for name in ["l0"]:
    y_2, h_2 = layers_2[name](y_2)
