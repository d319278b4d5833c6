# oracle: seed 21, closed, raises RuntimeError at line 20
import torch

cell_0 = torch.nn.RNNCell(input_size=4, hidden_size=7)
h_0 = torch.zeros(7)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(4), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).contiguous()

gru_1 = torch.nn.GRU(2, 8)
x_1 = torch.randn(3, 2)
deep_1 = torch.nn.GRU(2, 8, num_layers=1)
if deep_1.num_layers > 1:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(2, 3, 8))
elif 2 == 3:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(1, 3, 8))
else:
    out_1, _ = deep_1(torch.randn(2, 3, 2), torch.zeros(2, 3, 8))

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = torch.nn.GRU(5, 6, 1, True, False)
last_2_0 = encode_2(enc_2, torch.rand([2, 2, 5]))
