# oracle: seed 163, closed, raises RuntimeError at line 24
import torch

gru_0 = torch.nn.GRU(6, 3)
x_0 = torch.randn(3, 6)
if x_0.dim() == 2:
    x_0 = x_0.unsqueeze(1)
out_0, h_0 = gru_0(x_0)

class Model_1(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.GRU(input_size, hidden_size, num_layers, batch_first=False, bidirectional=bidirectional)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[-1, :, :])

model_1 = Model_1(8, 4, num_layers=2, bidirectional=True)
logits_1 = model_1(torch.rand(5, 2, 8))
probs_1 = logits_1.softmax(dim=-1)

cell_2 = torch.nn.GRUCell(2, 3)
xs_2 = torch.randn(4, 2, 2)
h_2 = torch.zeros(2, 3)
outputs_2 = []
for t in range(xs_2.size(0)):
    if t == 2:
        break
    h_2 = cell_2(xs_2[t], h_2)
    outputs_2.append(h_2)
