# oracle: seed 291, closed, raises RuntimeError at line 29
import torch
import torch.nn as nn
from torch.nn import GRUCell, LSTM

cell_0 = GRUCell(5, 5)
xs_0 = torch.randn(1, 1, 5)
h_0 = torch.zeros(1, 5)
outputs_0 = []
for t in range(len(xs_0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)

class Model_1(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_1, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size), torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

device_1 = torch.device("cpu")
model_1 = Model_1(3, 7, bidirectional=True).to(device_1)
model_1.eval()
with torch.no_grad():
    logits_1 = model_1(torch.zeros(1, 5, 3).to(device_1))
probs_1 = logits_1.softmax(dim=-1)
