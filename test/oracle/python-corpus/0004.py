# oracle: seed 4, closed, runs cleanly
import torch.nn

cell_0 = torch.nn.RNNCell(3, 5)
xs_0 = torch.randn(5, 1, 3)
h_0 = torch.zeros(1, 5)
outputs_0 = []
for t in range(len(xs_0)):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.RNN(9, 9, 1, True, True)
last_1_0 = encode_1(enc_1, torch.rand([2, 4, 9]), h0=torch.zeros(1, 2, 9), batch_first=True)

cell_2 = torch.nn.GRUCell(input_size=2, hidden_size=7)
h_2 = torch.zeros(2, 7)
t_2 = 0
while t_2 < 4:
    h_2 = cell_2(torch.randn(2, 2), h_2)
    t_2 += 1
