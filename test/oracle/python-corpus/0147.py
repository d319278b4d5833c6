# oracle: seed 147, closed, raises RuntimeError at line 16
import torch

cell_0 = torch.nn.GRUCell(8, 3)
xs_0 = torch.randn(3, 3, 8)
h_0 = torch.zeros(3, 3)
outputs_0 = []
for t in range(len(xs_0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0, dim=0)
head_0 = torch.nn.Linear(3, 2)(h_0)

rnn_1 = torch.nn.LSTM(input_size=7, hidden_size=7, num_layers=2, bias=False, bidirectional=True)
x_1 = torch.zeros(3, 2, 14)
out_1, state_1 = rnn_1(x_1)
fc_1 = torch.nn.Linear(7, 3)
logits_1 = fc_1(state_1[0][-1])

cell_2 = torch.nn.LSTMCell(5, 6)
xs_2 = torch.randn(4, 4, 5)
h_2 = torch.zeros(4, 6)
c_2 = torch.zeros(4, 6)
outputs_2 = []
for t in range(4):
    if t % 2 == 1:
        continue
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)
