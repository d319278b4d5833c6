# oracle: seed 59, closed, raises RuntimeError at line 8
import torch

cell_0 = torch.nn.RNNCell(input_size=2, hidden_size=5)
h_0 = torch.zeros(4)
t_0 = 0
while t_0 < 1:
    h_0 = cell_0(torch.randn(2), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).contiguous()

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.GRU(6, 5, 2, True, False)
last_1_0 = encode_1(enc_1, torch.ones(3, 3, 6), h0=torch.zeros((2, 3, 5)))
last_1_1 = encode_1(enc_1, torch.ones((4, 1, 6)), h0=torch.zeros(2, 1, 5))

rnn_2 = torch.nn.GRU(7, 3, bias=False, batch_first=False)
x_2 = torch.ones(5, 4, 7)
hidden_2 = torch.randn((1, 4, 3))
out_2, h_2 = rnn_2(x_2, hidden_2)
n_2 = out_2.size(2) * out_2.dim()

cell_3 = torch.nn.RNNCell(8, 4)
xs_3 = torch.randn(2, 2, 8)
h_3 = torch.zeros(2, 4)
outputs_3 = []
for t in range(len(xs_3)):
    if t == 1:
        break
    h_3 = cell_3(xs_3[t], h_3)
    outputs_3.append(h_3)
seq_3 = torch.stack(outputs_3, dim=0)
head_3 = torch.nn.Linear(4, 2)(h_3)
