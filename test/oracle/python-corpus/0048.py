# oracle: seed 48, closed, raises RuntimeError at line 27
import torch.nn

cell_0 = torch.nn.RNNCell(5, 7)
xs_0 = torch.randn(3, 1, 5)
h_0 = torch.zeros(1, 7)
outputs_0 = []
for t in range(len(xs_0)):
    if t == 2:
        break
    h_0 = cell_0(xs_0[t], h_0)
    if t == 2:
        h_0 = torch.zeros(1, 8)
    outputs_0.append(h_0)
head_0 = torch.nn.Linear(7, 2)(h_0)

rnn_1 = torch.nn.GRU(8, 2, 3, batch_first=True)
x_1 = torch.ones([2, 1, 8])
batch_1 = x_1.size()[0]
h0_1 = torch.zeros(3, batch_1, 2)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3

rnn_2 = torch.nn.RNN(input_size=6, hidden_size=5, num_layers=3)
x_2 = torch.randn(2, 6)
hx_2 = torch.zeros(6, 5)
out_2, _ = rnn_2(x_2, hx_2)
y_2 = out_2[-1].view(5)

class Model_3(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_3 = Model_3(6, 4, 1, bidirectional=True)
logits_3 = model_3.forward(torch.ones(3, 2, 6)).detach()
